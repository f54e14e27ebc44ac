import type { Request, Response, Server } from 'restify';
import { isLoopbackHost } from '../../loopback';
import { sendError } from '../../send-error';
import { DEV_BOT_ACCOUNT, parseActivityBody } from './direct-line-activity';
import type { DirectLineConversation, DirectLineStore } from './direct-line-store';
import { routeParam } from '../../route-param';

const CONVERSATION = '/v3/conversations/:conversationId';

/**
 * Only this machine may post as the bot: the bot reaches these routes over the loopback
 * serviceUrl we stamped, and nobody else should be able to put words in its mouth.
 */
function findForBot(req: Request, res: Response, store: DirectLineStore): DirectLineConversation | undefined {
  if (!isLoopbackHost(req.socket.remoteAddress ?? '')) {
    sendError(res, 403, 'Forbidden', 'The connector routes accept calls from this machine only.');
    return undefined;
  }
  const conversation = store.find(routeParam(req, 'conversationId'));
  if (conversation === undefined) sendError(res, 404, 'ConversationNotFound', 'No such conversation (it may have expired).');
  return conversation;
}

/** The conversation and the activity the bot sent, or undefined once the request has been answered with an error. */
function botActivity(req: Request, res: Response, store: DirectLineStore) {
  const conversation = findForBot(req, res, store);
  if (conversation === undefined) return undefined;
  const parsed = parseActivityBody(req.body);
  if (!parsed.ok) {
    sendError(res, 400, 'InvalidActivity', parsed.reason);
    return undefined;
  }
  return { conversation, activity: parsed.activity };
}

/** The Bot Connector side: where the bot's CloudAdapter posts replies for Direct Line conversations. */
export function registerConnectorRoutes(server: Server, store: DirectLineStore): void {
  const receive = async (req: Request, res: Response) => {
    const sent = botActivity(req, res, store);
    if (sent === undefined) return;
    const replyToId = routeParam(req, 'activityId');
    const stored = store.append(sent.conversation, {
      from: { ...DEV_BOT_ACCOUNT },
      ...sent.activity,
      ...(replyToId === '' || sent.activity.replyToId !== undefined ? {} : { replyToId }),
    });
    res.send(200, { id: stored.id });
  };
  server.post(`${CONVERSATION}/activities`, receive);
  server.post(`${CONVERSATION}/activities/:activityId`, receive);

  server.put(`${CONVERSATION}/activities/:activityId`, async (req: Request, res: Response) => {
    const sent = botActivity(req, res, store);
    if (sent === undefined) return;
    const activityId = routeParam(req, 'activityId');
    if (!store.replace(sent.conversation, activityId, sent.activity)) {
      sendError(res, 404, 'ActivityNotFound', 'No such activity (it may have been dropped from the log).');
      return;
    }
    res.send(200, { id: activityId });
  });

  server.del(`${CONVERSATION}/activities/:activityId`, async (req: Request, res: Response) => {
    const conversation = findForBot(req, res, store);
    if (conversation === undefined) return;
    // Deleting what is already gone is not an error for the bot.
    store.remove(conversation, routeParam(req, 'activityId'));
    res.send(200, {});
  });

  const members = async (req: Request, res: Response) => {
    const conversation = findForBot(req, res, store);
    if (conversation === undefined) return;
    res.send(200, [{ ...DEV_BOT_ACCOUNT }, { id: conversation.userId, role: 'user' }]);
  };
  server.get(`${CONVERSATION}/members`, members);
  server.get(`${CONVERSATION}/activities/:activityId/members`, members);
}
