import type { Request, Response } from 'restify';
import { sendError } from '../../send-error';
import type { DirectLineConversation, DirectLineStore } from './direct-line-store';

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
  return match?.[1];
}

/**
 * The conversation a Direct Line call's token belongs to, or undefined after answering:
 * 401 without a token, 403 for an unknown or expired one (the status directlinejs treats as
 * "token expired") or a token of another conversation.
 */
export function authenticateClient(
  req: Request,
  res: Response,
  store: DirectLineStore,
  conversationId?: string,
): DirectLineConversation | undefined {
  const token = bearerToken(req);
  if (token === undefined) {
    sendError(res, 401, 'Unauthorized', 'Authorization: Bearer <token> is required.');
    return undefined;
  }
  const check = store.checkToken(token);
  if (check.kind === 'unknown') {
    sendError(res, 403, 'Forbidden', 'Unknown token.');
    return undefined;
  }
  if (check.kind === 'expired') {
    sendError(res, 403, 'TokenExpired', 'The token has expired.');
    return undefined;
  }
  if (conversationId !== undefined && check.conversation.id !== conversationId) {
    sendError(res, 403, 'Forbidden', 'The token is not valid for this conversation.');
    return undefined;
  }
  return check.conversation;
}
