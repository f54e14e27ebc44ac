import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** What each new conversation opens with: an order number and its email, so the turn looks the order up. */
export interface OpeningMessage {
  text: string;
}

export interface LoadResult {
  turns: number;
  failures: number;
  seconds: number;
  /** Each turn's time from sending the activity to the bot's HTTP answer (after its replies were posted), in ms. */
  latencies: number[];
}

let conversationCounter = 0;

/** Every conversation id this benchmark process sends starts with this (so its saved state can be found and deleted). */
export function benchConversationPrefix(): string {
  return `bench-${process.pid}-`;
}

function activityBody(serviceUrl: string, text: string): string {
  conversationCounter += 1;
  const id = `${benchConversationPrefix()}${conversationCounter}`;
  return JSON.stringify({
    type: 'message',
    id: `m-${conversationCounter}`,
    channelId: 'bench',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `customer-${conversationCounter}`, role: 'user' },
    recipient: { id: 'bot', role: 'bot' },
    conversation: { id },
    text,
  });
}

function postOnce(agent: Agent, baseUrl: string, body: string): Promise<number> {
  const url = new URL('/api/messages', baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * `clients` loops, each posting a first message of a brand-new conversation as
 * soon as its previous one was answered, for `seconds`.
 */
export async function runFirstMessageLoad(options: {
  baseUrl: string;
  serviceUrl: string;
  openings: readonly OpeningMessage[];
  clients: number;
  seconds: number;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  const client = async (index: number) => {
    for (let n = index; performance.now() < until; n += options.clients) {
      const opening = options.openings[n % options.openings.length];
      const body = activityBody(options.serviceUrl, opening?.text ?? 'hello');
      const sent = performance.now();
      const status = await postOnce(agent, options.baseUrl, body).catch(() => 0);
      if (status >= 200 && status < 300) latencies.push(performance.now() - sent);
      else failures += 1;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { turns: latencies.length, failures, seconds, latencies };
}

/** One first message of a new conversation; resolves with the HTTP status once the bot has answered. */
export function postFirstMessage(baseUrl: string, serviceUrl: string, text: string): Promise<number> {
  const agent = new Agent({ keepAlive: false });
  return postOnce(agent, baseUrl, activityBody(serviceUrl, text)).finally(() => agent.destroy());
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
