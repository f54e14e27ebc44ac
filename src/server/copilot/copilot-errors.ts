import type { Response } from 'restify';
import type { z } from 'zod';

/** The contract's error body: `{ "error": { "code", "message" } }`. */
export function sendCopilotError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** A zod failure as one readable line: where, and what was wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`).join('; ');
}
