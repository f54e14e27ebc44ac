import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { readBuildOutput, writeBuildOutput } from '../../src/config/build-output';

const Schema = z.object({ years: z.array(z.number()) });

describe('what npm run build writes for start-ups to read', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'build-output-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what was written, leaving no partial file behind', () => {
    const file = path.join(dir, 'years.json');
    writeBuildOutput(file, { years: [2026, 2027] });
    expect(readBuildOutput(file, Schema, 'a list of years')).toEqual({ years: [2026, 2027] });
    expect(readdirSync(dir)).toEqual(['years.json']);
  });

  it('is null where nothing was built', () => {
    expect(readBuildOutput(path.join(dir, 'missing.json'), Schema, 'a list of years')).toBeNull();
  });

  it.each([
    ['not JSON', '{"years": [20'],
    ['the wrong shape', '{"years": "2026"}'],
  ])('stops start-up naming the file and what it should be when it is %s', (_, text) => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, text);
    expect(() => readBuildOutput(file, Schema, 'a list of years')).toThrow(/broken\.json is not a list of years; run npm run build again/);
  });
});
