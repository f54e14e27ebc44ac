import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { systemClock } from '../src/adapters/system-clock';
import { buildSupportServices } from '../src/composition/build-support-services';
import { loadConfig } from '../src/config/load-config';
import type { CustomerConversations } from '../src/conversation/customer-conversations';
import type { OpeningMessage } from './first-message-load';
import { percentile } from './first-message-load';

export interface TimedFigure {
  label: string;
  runs: number;
  median: number;
  p95: number;
}

async function timeIt(label: string, runs: number, body: (i: number) => Promise<unknown>): Promise<TimedFigure> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await body(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { label, runs, median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

function heapMiB(): number {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Turns per second with this many conversations' first turns in flight at once, as the HTTP rounds have (16 clients). */
export const TURNS_AT_ONCE = 16;

export interface InProcessResult {
  timings: TimedFigure[];
  /** First-answer turns per second, TURNS_AT_ONCE at a time: the figure the Redis target compares, as over HTTP. */
  turnsPerSecond: number;
  /** Heap held by 10,000 conversations left idle after their first answer, in MiB (in-memory store only). */
  idleConversationsMiB: number | null;
  idleConversations: number;
}

/** The use case alone, without HTTP or botbuilder: what a turn costs, and what an idle conversation keeps. */
export async function runInProcess(openings: readonly OpeningMessage[], env: Record<string, string> = {}): Promise<InProcessResult> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  // Its own Redis prefix, so a benchmark never touches a running bot's conversations.
  const services = await buildSupportServices(config, systemClock, pino({ level: 'silent' }), { redisKeyPrefix: `kmart-bench-${process.pid}:` });
  try {
    return await measure(services.conversations, openings, config.REDIS_URL === undefined);
  } finally {
    await services.state.close();
  }
}

async function measure(conversations: CustomerConversations, openings: readonly OpeningMessage[], inMemory: boolean): Promise<InProcessResult> {
  const text = (i: number) => openings[i % openings.length]?.text ?? '';
  const timings = [
    await timeIt('whole turn: details -> order explained', 2000, (i) => conversations.say(`warm-${i}`, text(i))),
    await timeIt('conversation: 4 turns incl. a case', 300, async (i) => {
      const id = `case-${i}`;
      await conversations.start(id);
      await conversations.say(id, 'my parcel says delivered but it is not here');
      await conversations.say(id, '4000123462 noah.williams@example.com');
      await conversations.say(id, 'no');
    }),
  ];
  const idleConversations = 10_000;
  if (!inMemory) return { timings, turnsPerSecond: await turnsAtOnce(conversations, text, 4000), idleConversationsMiB: null, idleConversations };
  // Half as many, scaled: the store keeps at most 10,000 (least recently used evicted), and the runs above already saved 2,300.
  const measured = idleConversations / 2;
  const before = heapMiB();
  for (let i = 0; i < measured; i += 1) await conversations.say(`idle-${i}`, text(i));
  const idleConversationsMiB = ((heapMiB() - before) * idleConversations) / measured;
  // Last: the idle conversations above are measured while the store is below its capacity, so none is evicted.
  return { timings, turnsPerSecond: await turnsAtOnce(conversations, text, 4000), idleConversationsMiB, idleConversations };
}

/**
 * `turns` first-answer turns of new conversations, TURNS_AT_ONCE in flight at a
 * time. A lone turn with its state in Redis waits for each round trip in turn
 * (load, limits, save); with other turns in flight, as in a server, those waits
 * overlap with their work, which is what a turns-per-second figure measures.
 */
async function turnsAtOnce(conversations: CustomerConversations, text: (i: number) => string, turns: number): Promise<number> {
  let next = 0;
  const client = async () => {
    for (let i = next++; i < turns; i = next++) await conversations.say(`at-once-${i}`, text(i));
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: TURNS_AT_ONCE }, client));
  return (turns * 1000) / (performance.now() - start);
}
