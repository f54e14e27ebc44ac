import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/*
 * What `npm run build` works out once and writes beside the compiled code
 * (the trained intent model, the public holiday table), read at start-up.
 */

const NotFoundSchema = z.object({ code: z.literal('ENOENT') });

/**
 * The JSON at `file` checked by `schema`; null when there is none (under tsx
 * nothing was built). A file that is there but does not match stops start-up,
 * naming it: the build that wrote it is broken.
 */
export function readBuildOutput<T>(file: string, schema: z.ZodType<T>, what: string): T | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (NotFoundSchema.safeParse(error).success) return null;
    throw error;
  }
  const parsed = schema.safeParse(parsedOrText(text));
  if (!parsed.success) throw new Error(`${file} is not ${what}; run npm run build again (${parsed.error.message})`);
  return parsed.data;
}

/** Written aside and renamed: a start-up reading the file meanwhile sees the old contents or the new, never half. */
export function writeBuildOutput(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}

/* Text that is not JSON is handed on as it is, for the schema to refuse. */
function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
