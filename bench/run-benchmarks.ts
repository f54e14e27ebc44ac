import { DEFAULT_FIXTURES_DIR, loadFixtureOrders } from '../src/adapters/fixture-order-source';
import type { OpeningMessage } from './first-message-load';
import { runInProcess } from './in-process';
import { printInProcess, printSideBySide, printTargets } from './report';
import { runSideBySide } from './side-by-side';

/**
 * `npm run bench` (after `npm run build`): the speed and memory figures we
 * care about, measured here rather than asserted in unit tests.
 *   1. side by side over HTTP: the compiled bot against a bare EchoBot on the
 *      same restify and CloudAdapter, 16 clients, every request the first
 *      message of a new conversation carrying an order number and its email;
 *   2. in process: the use case alone, and what 10,000 idle conversations keep;
 *   3. with REDIS_URL set: a third server in the side-by-side rounds, the bot
 *      with its state in Redis, and the in-process turn with Redis too.
 * The in-memory bot runs without REDIS_URL and DATABASE_URL whatever the
 * benchmark's own environment holds.
 * `--quick` shortens the side-by-side rounds (for a smoke run).
 */
function openingMessages(): OpeningMessage[] {
  const { orders } = loadFixtureOrders(DEFAULT_FIXTURES_DIR);
  // The three-parcel order first: it is also the first answer timed at start-up.
  const sorted = [...orders].sort((a, b) => b.shipments.length - a.shipments.length);
  return sorted.map((order) => ({ text: `${order.orderNumber} ${order.customer.email}` }));
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const openings = openingMessages();
  const redisUrl = process.env.REDIS_URL;
  const sideBySide = await runSideBySide({ clients: 16, rounds: quick ? 1 : 3, secondsPerRound: quick ? 2 : 5, openings, ...(redisUrl ? { redisUrl } : {}) });
  printSideBySide(sideBySide);
  const inMemory = await runInProcess(openings);
  printInProcess('in process, conversations in memory', inMemory);
  const redis = redisUrl ? await runInProcess(openings, { REDIS_URL: redisUrl }) : null;
  if (redis) printInProcess('in process, conversations in Redis', redis);
  printTargets(sideBySide, inMemory, redis);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
