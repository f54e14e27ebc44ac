import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const ManifestSchema = z.object({ name: z.string() }).loose();

function packageNameAt(manifestPath: string): string | undefined {
  if (!existsSync(manifestPath)) return undefined;
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  return parsed.success ? parsed.data.name : undefined;
}

/**
 * Path of a file inside an installed package. The browser bundles are not in the packages'
 * "exports", so require.resolve finds the package entry point and we walk up to its root.
 */
export function resolvePackageFile(packageName: string, relativePath: string): string {
  let dir = dirname(require.resolve(packageName));
  for (;;) {
    if (packageNameAt(join(dir, 'package.json')) === packageName) {
      const file = join(dir, relativePath);
      if (!existsSync(file)) throw new Error(`${packageName} has no ${relativePath} (looked at ${file})`);
      return file;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Could not find the installed root of ${packageName}`);
    dir = parent;
  }
}
