import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The container and `npm start` must run the bot the same way: the benchmark
 * measures `npm start`'s command line, and its node flags (the heap ceiling)
 * are what keeps the process's memory bounded in production.
 */
describe('the production start', () => {
  it('is the same node command line in the Dockerfile as in npm start, with a heap ceiling', () => {
    const { start } = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))).scripts;
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'))?.[1];
    const dockerCommand = z.array(z.string()).parse(JSON.parse(cmd ?? 'null'));
    expect(dockerCommand).toEqual(start.split(/\s+/));
    expect(dockerCommand).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
  });
});
