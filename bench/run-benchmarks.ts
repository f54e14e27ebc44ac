import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { loadConfig } from '../src/config/load-config';
import { buildSupportServices } from '../src/composition/build-support-services';
import { systemClock } from '../src/adapters/system-clock';
import { trainedUnderstander } from '../test/support/trained-understander';

/**
 * `npm run bench`: the speed and memory figures we care about, measured here
 * rather than asserted in unit tests. Goals: a whole customer turn well under
 * 50 ms at the median with fixture orders, NLU under 5 ms a message, and no
 * steady heap growth over many conversations.
 */
async function timeIt(label: string, runs: number, body: (i: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await body(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]?.toFixed(2);
  console.log(`${label.padEnd(44)} runs ${String(runs).padStart(5)}  median ${at(0.5)} ms  p95 ${at(0.95)} ms`);
}

async function main(): Promise<void> {
  const trainStart = performance.now();
  const understander = await trainedUnderstander();
  console.log(`${'NLU training (once, at start-up)'.padEnd(44)} ${(performance.now() - trainStart).toFixed(0)} ms`);
  const texts = ['where is my parcel', 'order 4000 123 456, sam.nguyen@example.com, where is it?', 'it says delivered but nothing here', 'asdfgh'];
  await timeIt('understand one message', 2000, (i) => understander.understand(texts[i % texts.length] ?? ''));

  const services = await buildSupportServices(loadConfig({ LOG_LEVEL: 'silent' }), systemClock, pino({ level: 'silent' }));
  const { conversations } = services;
  await timeIt('full turn: details -> order explained', 500, (i) =>
    conversations.say(`bench-${i}`, '4000123470 priya.sharma@example.com'),
  );
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  await timeIt('conversation: 4 turns incl. a case', 300, async (i) => {
    const id = `bench-conv-${i}`;
    await conversations.start(id);
    await conversations.say(id, 'my parcel says delivered but it is not here');
    await conversations.say(id, '4000123462 noah.williams@example.com');
    await conversations.say(id, 'no');
  });
  global.gc?.();
  const grown = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(`${'heap growth after 300 stored conversations'.padEnd(44)} ${grown.toFixed(1)} MiB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
