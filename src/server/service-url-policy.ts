import { isLoopbackHost } from './loopback';

export type ServiceUrlDecision = { ok: true; serviceUrl: string } | { ok: false; reason: string };

export interface LoopbackServiceUrls {
  /** This server's own origin over loopback (its development connector routes). */
  own: string;
  /** LOOPBACK_SERVICE_URLS: origins the configuration allows besides our own. */
  configured: readonly string[];
  /** expectReplies: the replies travel in the response, so nothing is posted to the serviceUrl. */
  expectReplies: boolean;
}

const REFUSED = 'Authentication is off (no MicrosoftAppId), so the serviceUrl must be this server\'s own loopback origin or one listed in LOOPBACK_SERVICE_URLS';

/**
 * Where the bot may post its replies while authentication is off, when anyone
 * can call /api/messages: an origin (no user info, path, query or fragment,
 * so no `%2e%2e`, `\@` or `user@host` tricks survive) that is ours or a
 * configured one. The caller never chooses the port or path. The answer is
 * the normalised origin, which replaces what the caller sent.
 */
export function loopbackServiceUrl(raw: string, allowed: LoopbackServiceUrls): ServiceUrlDecision {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `${REFUSED}.` };
  }
  if (!isLoopbackHost(url.hostname)) return { ok: false, reason: `${REFUSED} (127.0.0.0/8, ::1, localhost).` };
  if (raw.includes('\\') || url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return { ok: false, reason: `${REFUSED}: an origin only, without user info, path, query or fragment.` };
  }
  const own = new URL(allowed.own);
  // With expectReplies nothing should be posted; should anything be, it reaches our own connector routes, not the caller's choice.
  if (allowed.expectReplies || url.port === own.port) return { ok: true, serviceUrl: own.origin };
  if (allowed.configured.includes(url.origin)) return { ok: true, serviceUrl: url.origin };
  return { ok: false, reason: `${REFUSED}.` };
}
