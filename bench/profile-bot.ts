import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FIXTURES_DIR, loadFixtureOrders } from '../src/adapters/fixture-order-source';
import { runFirstMessageLoad } from './first-message-load';
import { startLoopbackConnector } from './loopback-connector';
import { startServerProcess } from './server-process';

/**
 * `npm run bench:profile`: the compiled bot under the benchmark's load with
 * `node --cpu-prof`; the profile lands in bench/profiles/ (open it in Chrome
 * DevTools' Performance panel, or with `node bench/profile-summary`).
 */
async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', '..', 'bench', 'profiles');
  mkdirSync(dir, { recursive: true });
  const openings = loadFixtureOrders(DEFAULT_FIXTURES_DIR).orders.map((o) => ({ text: `${o.orderNumber} ${o.customer.email}` }));
  const connector = await startLoopbackConnector();
  const bot = await startServerProcess('bot', path.resolve(__dirname, '..', 'src', 'index.js'), {
    port: 3993,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    env: { NODE_ENV: 'development', PORT: '3993', HOST: '127.0.0.1', LOG_LEVEL: 'info', DIRECT_LINE_DEV: 'false', LOOPBACK_SERVICE_URLS: connector.serviceUrl },
  });
  const result = await runFirstMessageLoad({ baseUrl: bot.baseUrl, serviceUrl: connector.serviceUrl, openings, clients: 16, seconds: 10 });
  console.log(`${result.turns} turns in ${result.seconds.toFixed(1)} s; profile in ${dir}`);
  await bot.stop();
  await connector.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
