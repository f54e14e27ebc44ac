import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { callContextOf, requestFields } from '../observability/request-context';
import { sendError } from './send-error';

function statusCodeOf(error: unknown): number | undefined {
  if (!(error instanceof Error) || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

function describeRequest(req: Request): { requestId?: string; method: string | undefined; path: string } {
  return { ...requestFields(callContextOf(req)), method: req.method, path: req.path() };
}

/**
 * A handler that throws (or rejects, or throws later from a callback) answers 500 and is logged;
 * it never takes the process down. Restify's own 4xx errors (bad JSON, body too large, no route)
 * keep their status and reason.
 */
export function installErrorHandling(server: Server, logger: Logger): void {
  server.on('restifyError', (req: Request, res: Response, error: unknown, callback: () => void) => {
    const status = statusCodeOf(error);
    if (status !== undefined && status < 500) {
      logger.debug({ err: error, status, ...describeRequest(req) }, 'Request refused');
    } else {
      logger.error({ err: error, ...describeRequest(req) }, 'Request handler failed');
      // Restify would echo the error's message to the caller; internals stay in the log.
      if (!res.headersSent) sendError(res, 500, 'Internal', 'Internal server error.');
    }
    callback();
  });

  server.on(
    'uncaughtException',
    (req: Request, res: Response, _route: unknown, error: unknown, done?: () => void) => {
      logger.error({ err: error, ...describeRequest(req) }, 'Uncaught exception in a request handler');
      if (!res.headersSent) sendError(res, 500, 'Internal', 'Internal server error.');
      done?.();
    },
  );
}
