/** A message activity as a channel would post it to /api/messages. */
export function messageActivity(options: {
  text: string;
  conversationId: string;
  serviceUrl: string;
  deliveryMode?: 'normal' | 'expectReplies';
  id?: string;
  /** Which channel it comes from; the bot draws cards only for channels that render them. */
  channelId?: string;
}): Record<string, unknown> {
  return {
    type: 'message',
    id: options.id ?? `activity-${Math.random().toString(36).slice(2)}`,
    text: options.text,
    channelId: options.channelId ?? 'test',
    serviceUrl: options.serviceUrl,
    conversation: { id: options.conversationId },
    from: { id: 'customer-1', name: 'Customer' },
    recipient: { id: 'bot-1', name: 'Bot' },
    ...(options.deliveryMode === undefined ? {} : { deliveryMode: options.deliveryMode }),
  };
}

/** A serviceUrl on loopback that nothing needs to answer (used with expectReplies). */
export const UNUSED_LOOPBACK_SERVICE_URL = 'http://127.0.0.1:9';

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

/** Waits (without asserting on time) until a condition holds; jest's timeout catches "never". */
export async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
