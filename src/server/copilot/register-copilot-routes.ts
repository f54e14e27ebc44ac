import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { CopilotSessions } from '../../copilot/copilot-sessions';
import { callContextOf } from '../../observability/request-context';
import { routeParam } from '../route-param';
import { bearerKeyCheck } from './copilot-auth';
import { describeIssues, sendCopilotError } from './copilot-errors';
import { copilotOpenApiDocument } from './copilot-openapi';
import { ActionBodySchema, ActionIdSchema, DraftCheckBodySchema, MessageBodySchema, SessionIdSchema } from './copilot-request-schemas';

export const COPILOT_BASE = '/api/copilot';

export interface CopilotRoutesOptions {
  copilot: CopilotSessions;
  /** Non-empty: with no key configured the routes are not registered at all, so every call answers 404. */
  keys: readonly string[];
  logger: Logger;
}

type Handler = (req: Request, res: Response, sessionId: string) => Promise<void>;

/** The agent copilot API of contract v1.1, behind bearer keys. */
export function registerCopilotRoutes(server: Server, options: CopilotRoutesOptions): void {
  const authorised = bearerKeyCheck(options.keys);
  const document = copilotOpenApiDocument();

  const guarded = (handler: Handler) => async (req: Request, res: Response) => {
    if (!authorised(req.header('authorization'))) {
      res.header('WWW-Authenticate', 'Bearer realm="copilot"');
      sendCopilotError(res, 401, 'unauthorized', 'A valid "Authorization: Bearer <key>" header is required.');
      return;
    }
    const sessionId = SessionIdSchema.safeParse(routeParam(req, 'sessionId'));
    if (!sessionId.success) {
      sendCopilotError(res, 400, 'invalid_session_id', `Invalid session id: ${describeIssues(sessionId.error)}`);
      return;
    }
    await handler(req, res, sessionId.data);
  };

  function body<T>(schema: z.ZodType<T>, req: Request, res: Response): T | null {
    const parsed = schema.safeParse(req.body ?? {});
    if (parsed.success) return parsed.data;
    sendCopilotError(res, 400, 'invalid_body', `Invalid request body: ${describeIssues(parsed.error)}`);
    return null;
  }

  server.get(`${COPILOT_BASE}/openapi.json`, async (_req: Request, res: Response) => {
    res.send(200, document);
  });

  server.post(
    `${COPILOT_BASE}/sessions/:sessionId/messages`,
    guarded(async (req, res, sessionId) => {
      const message = body(MessageBodySchema, req, res);
      if (message) res.send(200, await options.copilot.message(sessionId, message.from, message.text, callContextOf(req)));
    }),
  );

  server.get(
    `${COPILOT_BASE}/sessions/:sessionId`,
    guarded(async (_req, res, sessionId) => {
      const current = await options.copilot.current(sessionId);
      if (current.kind === 'found') res.send(200, current.value);
      else sendCopilotError(res, 404, 'unknown_session', 'No such session, or it expired.');
    }),
  );

  server.post(
    `${COPILOT_BASE}/sessions/:sessionId/actions/:actionId`,
    guarded(async (req, res, sessionId) => {
      const actionId = ActionIdSchema.safeParse(routeParam(req, 'actionId'));
      if (!actionId.success) return sendCopilotError(res, 400, 'invalid_action_id', `Invalid action id: ${describeIssues(actionId.error)}`);
      const action = body(ActionBodySchema, req, res);
      if (!action) return;
      const answer = await options.copilot.act(sessionId, actionId.data, action.note ?? null);
      if (answer.kind === 'found') res.send(200, answer.value);
      else if (answer.kind === 'unknown_session') sendCopilotError(res, 404, 'unknown_session', 'No such session, or it expired.');
      else sendCopilotError(res, 409, 'action_not_offered', `Action "${actionId.data}" is not offered for this conversation now.`);
    }),
  );

  server.post(
    `${COPILOT_BASE}/sessions/:sessionId/draft-check`,
    guarded(async (req, res, sessionId) => {
      const draft = body(DraftCheckBodySchema, req, res);
      if (!draft) return;
      const checked = await options.copilot.checkDraft(sessionId, draft.text);
      if (checked.kind === 'found') res.send(200, { findings: checked.value });
      else sendCopilotError(res, 404, 'unknown_session', 'No such session, or it expired.');
    }),
  );

  // Malformed JSON is refused by the body parser before any route runs; copilot callers still get the contract's error body.
  server.on('InvalidContent', (req: Request, res: Response, error: unknown, callback: () => void) => {
    if (req.path().startsWith(`${COPILOT_BASE}/`) && !res.headersSent) {
      sendCopilotError(res, 400, 'invalid_json', error instanceof Error ? error.message : 'The body is not valid JSON.');
    }
    callback();
  });
  options.logger.info(`Agent copilot API enabled at ${COPILOT_BASE} (${options.keys.length} key(s))`);
}
