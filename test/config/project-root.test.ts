import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-root';

describe('the project root', () => {
  it('is the checkout, where the files that ship beside the code are', () => {
    expect(PROJECT_ROOT).toBe(path.resolve(__dirname, '..', '..'));
    for (const shipped of ['fixtures/anchor.json', 'migrations', 'src/server/dev/public/index.html']) {
      expect(existsSync(path.join(PROJECT_ROOT, shipped))).toBe(true);
    }
  });
});
