import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The checkout's root (where package.json is), found by walking up from this
 * file. Files that ship beside the code (fixtures, migrations, the development
 * page) are found from here, so the same paths work from `src/` under tsx and
 * from the compiled `dist/src/`, which sits one level deeper.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
