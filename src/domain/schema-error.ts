import type { z } from 'zod';

/** Each problem of a failed parse as "path: message"; `root` names the whole value as the reader knows it ("(body)", "(environment)"). */
export function issueLines(error: z.ZodError, root = '(root)'): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : root}: ${issue.message}`);
}

/** A precise, human-readable reason from a failed parse, for logs and error answers: the first few problems. */
export function describeSchemaError(error: z.ZodError, root = '(root)', max = 5): string {
  return issueLines(error, root).slice(0, max).join('; ');
}
