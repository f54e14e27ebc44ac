import type { DirectLineActivity } from './direct-line-activity';

export interface BotAnswer {
  status: number;
  body: string;
}

/** A turn that takes longer than this is given up on by the Direct Line client anyway. */
const FORWARD_TIMEOUT_MS = 60_000;

/**
 * Hands a Direct Line activity to the bot exactly as a channel would: an HTTP POST to our own
 * /api/messages, so it meets the same validation, turn queue and adapter.process as every other request.
 */
export async function forwardToBot(messagesUrl: string, activity: DirectLineActivity): Promise<BotAnswer> {
  const response = await fetch(messagesUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(FORWARD_TIMEOUT_MS),
  });
  return { status: response.status, body: await response.text() };
}
