import { setImmediate as afterPendingInput } from 'node:timers/promises';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { callContextOf, requestFields } from '../observability/request-context';
import type { BotRequestAuthenticator } from './bot-request-authentication';
import { AdapterAuthenticationError, type CheckedBodyAdapter } from './checked-body-adapter';
import type { ConversationTurnQueue } from './conversation-turn-queue';
import { checkIncomingActivity } from './incoming-activity-schema';
import { ownLoopbackUrl } from './own-loopback-url';
import { loopbackServiceUrl } from './service-url-policy';
import { sendError } from './send-error';

export interface MessagesRouteDeps {
  adapter: CheckedBodyAdapter;
  bot: ActivityHandler;
  logger: Logger;
  authEnabled: boolean;
  /** Checks the channel's bearer token; null exactly when authentication is off (create-server.ts makes it from the app settings). */
  authenticate: BotRequestAuthenticator | null;
  turnQueue: ConversationTurnQueue;
  /** LOOPBACK_SERVICE_URLS: where else (besides this server) the bot may post replies while authentication is off. */
  loopbackServiceUrls: readonly string[];
}

export const MESSAGES_PATH = '/api/messages';

function isJsonContentType(req: Request): boolean {
  const type = req.getContentType();
  return type === 'application/json' || /^application\/[\w.+-]*\+json$/.test(type);
}

/**
 * The Bot Framework endpoint. Everything that can be refused is refused here, before the adapter,
 * with a reason; the adapter call itself is awaited so a failure answers the request instead of
 * escaping as an unhandled rejection.
 */
export function registerMessagesRoute(server: Server, deps: MessagesRouteDeps): void {
  // Read once the server listens (a system call per request otherwise); known only then, when listening on port 0.
  let ownOrigin: string | undefined;
  const ownUrl = () => (ownOrigin ??= ownLoopbackUrl(server.server));
  server.post(MESSAGES_PATH, async (req: Request, res: Response) => {
    if (req.body !== undefined && !isJsonContentType(req)) {
      sendError(res, 415, 'UnsupportedMediaType', 'Content-Type must be application/json.');
      return;
    }
    const check = checkIncomingActivity(req.body);
    if (!check.ok) {
      sendError(res, 400, 'InvalidActivity', check.reason);
      return;
    }
    const { activity } = check;
    const call = callContextOf(req);
    const logged = requestFields(call);

    let body: Readonly<Record<string, unknown>> = activity;
    if (!deps.authEnabled) {
      // With authentication off anyone can call us, and the bot would post its replies to whatever serviceUrl they name.
      const serviceUrl = loopbackServiceUrl(activity.serviceUrl, {
        own: ownUrl(),
        configured: deps.loopbackServiceUrls,
        expectReplies: activity.deliveryMode === 'expectReplies',
      });
      if (!serviceUrl.ok) {
        sendError(res, 403, 'ServiceUrlNotAllowed', serviceUrl.reason);
        return;
      }
      // The bot posts to the normalised origin, never to what the caller spelled.
      body = { ...activity, serviceUrl: serviceUrl.serviceUrl };
    }
    const authorization = req.header('authorization') ?? '';
    if (deps.authenticate) {
      const auth = await deps.authenticate(activity, authorization);
      if (!auth.ok) {
        // An ordinary refusal (no token, a forged or expired one): one line, no stack trace.
        deps.logger.info({ ...logged, status: auth.status, reason: auth.reason, channelId: activity.channelId }, 'Bot Framework request refused');
        sendError(res, auth.status, auth.status === 401 ? 'Unauthorized' : 'AuthenticationUnavailable', auth.reason);
        return;
      }
    }

    const queueKey = `${activity.channelId ?? ''}:${activity.conversation.id}`;
    try {
      // The turn runs in the event loop's check phase, after every request that arrived with this one has been
      // read: turns then run back to back instead of between socket reads, 5-7% more turns/s under load
      // (docs/performance-and-operations.md). setImmediate keeps arrival order, so the queue's order is unchanged.
      await afterPendingInput();
      await deps.turnQueue.run(queueKey, () => deps.adapter.runTurn(authorization, body, res, (context) => deps.bot.run(context), call.requestId));
    } catch (error) {
      if (error instanceof AdapterAuthenticationError) {
        deps.logger.info({ ...logged, status: error.status, channelId: activity.channelId }, 'Bot Framework request refused by the adapter');
        if (!res.headersSent) sendError(res, error.status, error.status === 401 ? 'Unauthorized' : 'Forbidden', 'The request could not be authenticated.');
        return;
      }
      deps.logger.error({ ...logged, err: error, conversationId: activity.conversation.id }, 'The adapter failed to process an activity');
      if (!res.headersSent) sendError(res, 500, 'Internal', 'The activity could not be processed.');
    }
  });
}
