import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { decodeProtectedHeader } from 'jose';
import type { BotAuthConfig } from './create-bot-adapter';
import { botAuthSettings } from './create-bot-adapter';
import type { IncomingActivity } from './incoming-activity-schema';

export type BotRequestCheck = { ok: true } | { ok: false; status: 401 | 503; reason: string };

export type BotRequestAuthenticator = (activity: IncomingActivity, authorization: string) => Promise<BotRequestCheck>;

/** The algorithms the Bot Framework SDK itself accepts for channel tokens. */
const CHANNEL_TOKEN_ALGORITHMS: ReadonlySet<string> = new Set(['RS256', 'RS384', 'RS512']);

/** What a token must at least look like before any key is looked up: `alg: none` or garbage never reaches the SDK (which fetches keys first, and answers 500 with its raw network error when it cannot). */
function structuralProblem(authorization: string): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (match?.[1] === undefined) return 'A Bot Framework bearer token is required.';
  try {
    const header = decodeProtectedHeader(match[1]);
    if (header.alg === undefined || !CHANNEL_TOKEN_ALGORITHMS.has(header.alg)) return 'The bearer token is not signed as Bot Framework tokens are.';
    if (typeof header.kid !== 'string' || header.kid === '') return 'The bearer token names no signing key.';
    return undefined;
  } catch {
    return 'The bearer token is not a JWT.';
  }
}

/** The SDK's AuthenticationError is not exported by botbuilder; it is the error with a 4xx statusCode. */
function isAuthenticationFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return false;
  return typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
}

/** Only what the SDK's check reads (channel, serviceUrl, recipient role); the adapter later validates the whole activity itself. */
function probeActivity(activity: IncomingActivity): Activity {
  return {
    type: activity.type,
    text: '',
    channelId: activity.channelId ?? '',
    serviceUrl: activity.serviceUrl,
    conversation: { id: activity.conversation.id, name: '', isGroup: false, conversationType: '' },
    from: { id: '', name: '' },
    recipient: { id: '', name: '' },
    localTimezone: '',
    callerId: '',
    label: '',
    valueType: '',
    listenFor: [],
  };
}

/**
 * Checks a channel's bearer token before the adapter sees the request, with the
 * same SDK authentication the adapter uses (its keys are cached, so the adapter's
 * own second check is cheap). An ordinary failure is a 401 with a reason and no
 * stack trace anywhere; keys that cannot be fetched are a 503, not a 500 echoing
 * the network error. The adapter's own handling would log the stack to stderr.
 */
export function createBotRequestAuthenticator(config: BotAuthConfig): BotRequestAuthenticator {
  const authentication = new ConfigurationBotFrameworkAuthentication(botAuthSettings(config));
  return async (activity, authorization) => {
    const problem = structuralProblem(authorization);
    if (problem !== undefined) return { ok: false, status: 401, reason: problem };
    try {
      await authentication.authenticateRequest(probeActivity(activity), authorization);
      return { ok: true };
    } catch (error) {
      if (isAuthenticationFailure(error)) return { ok: false, status: 401, reason: 'The bearer token was not accepted.' };
      return { ok: false, status: 503, reason: 'Bot Framework authentication is unavailable; try again shortly.' };
    }
  };
}
