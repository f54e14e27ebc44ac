import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { INCOMING_ACTIVITY_TYPES } from '../../incoming-activity-schema';
import { sendError } from '../../send-error';
import { parseActivityBody } from './direct-line-activity';
import { authenticateClient } from './direct-line-client-auth';
import type { DirectLineConversation, DirectLineStore } from './direct-line-store';
import { BotRefusedError, type DirectLineTurns } from './direct-line-turns';
import { routeParam } from '../../route-param';

export const DIRECT_LINE_PREFIX = '/v3/directline';

const KNOWN_TYPES: ReadonlySet<string> = new Set(INCOMING_ACTIVITY_TYPES);

function conversationResource(store: DirectLineStore, conversation: DirectLineConversation) {
  // streamUrl is left out on purpose: this endpoint only supports polling.
  return {
    conversationId: conversation.id,
    token: conversation.token,
    expires_in: store.limits.tokenLifetimeSeconds,
  };
}

function parseWatermark(req: Request): number | undefined | 'invalid' {
  const raw = new URL(req.url ?? '', 'http://localhost').searchParams.get('watermark');
  if (raw === null || raw === '') return undefined;
  return /^\d{1,15}$/.test(raw) ? Number(raw) : 'invalid';
}

function answerDeliveryFailure(res: Response, logger: Logger, error: unknown): void {
  if (error instanceof BotRefusedError) {
    sendError(res, 502, 'BotError', error.message);
    return;
  }
  logger.error({ err: error }, 'Could not deliver a Direct Line activity to the bot');
  sendError(res, 502, 'BotUnreachable', 'The bot could not be reached.');
}

/** The client side of Direct Line 3.0, enough for botframework-directlinejs in polling mode. */
export function registerDirectLineRoutes(
  server: Server,
  deps: { store: DirectLineStore; turns: DirectLineTurns; logger: Logger },
): void {
  const { store, turns, logger } = deps;

  // A development stand-in for the token service: no secret, anyone who can reach the server may chat.
  // Bounded per client (remote address): a flood of token requests only ever pushes out the same client's conversations.
  server.post(`${DIRECT_LINE_PREFIX}/tokens/generate`, async (req: Request, res: Response) => {
    const conversation = store.create(req.socket.remoteAddress ?? 'unknown');
    if (conversation === undefined) {
      sendError(res, 503, 'TooManyConversations', 'Every conversation place is in use by other clients; try again later.');
      return;
    }
    res.send(200, conversationResource(store, conversation));
  });

  server.post(`${DIRECT_LINE_PREFIX}/tokens/refresh`, async (req: Request, res: Response) => {
    const conversation = authenticateClient(req, res, store);
    if (conversation === undefined) return;
    store.refreshToken(conversation);
    res.send(200, conversationResource(store, conversation));
  });

  server.post(`${DIRECT_LINE_PREFIX}/conversations`, async (req: Request, res: Response) => {
    const conversation = authenticateClient(req, res, store);
    if (conversation === undefined) return;
    try {
      await turns.ensureStarted(conversation);
    } catch (error) {
      answerDeliveryFailure(res, logger, error);
      return;
    }
    res.send(201, conversationResource(store, conversation));
  });

  server.get(`${DIRECT_LINE_PREFIX}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const conversation = authenticateClient(req, res, store, routeParam(req, 'conversationId'));
    if (conversation === undefined) return;
    res.send(200, conversationResource(store, conversation));
  });

  server.post(`${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authenticateClient(req, res, store, routeParam(req, 'conversationId'));
    if (conversation === undefined) return;
    const parsed = parseActivityBody(req.body);
    if (!parsed.ok) {
      sendError(res, 400, 'InvalidActivity', parsed.reason);
      return;
    }
    if (!KNOWN_TYPES.has(parsed.activity.type)) {
      sendError(res, 400, 'InvalidActivity', `Invalid activity: type: unknown activity type ${JSON.stringify(parsed.activity.type)}`);
      return;
    }
    try {
      const id = await turns.submit(conversation, parsed.activity);
      res.send(200, { id });
    } catch (error) {
      answerDeliveryFailure(res, logger, error);
    }
  });

  server.get(`${DIRECT_LINE_PREFIX}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authenticateClient(req, res, store, routeParam(req, 'conversationId'));
    if (conversation === undefined) return;
    const watermark = parseWatermark(req);
    if (watermark === 'invalid') {
      sendError(res, 400, 'InvalidWatermark', 'watermark must be a whole number.');
      return;
    }
    res.send(200, store.activitiesAfter(conversation, watermark));
  });
}
