import type { Response } from 'restify';

/** The same { code, message } shape restify uses for its own errors, so clients see one format. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { code, message });
}
