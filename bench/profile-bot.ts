import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_FIXTURES_DIR, loadFixtureOrders } from '../src/adapters/fixture-order-source';
import { runFirstMessageLoad } from './first-message-load';
import { forgetBenchConversations } from './forget-bench-conversations';
import { startLoopbackConnector } from './loopback-connector';
import { botServerEnv } from './side-by-side';
import { productionNodeArgs, startServerProcess } from './server-process';

/**
 * `npm run bench:profile`: the compiled bot under the benchmark's load with
 * `node --cpu-prof`; the profile lands in bench/profiles/ (open it in Chrome
 * DevTools' Performance panel, or with `node dist/bench/profile-summary.js`).
 * `npm run bench:profile -- echo` profiles the EchoBot baseline instead, so the
 * two can be compared per turn; `-- redis` the bot with its state in the
 * REDIS_URL of the environment.
 */
async function main(): Promise<void> {
  const echo = process.argv.includes('echo');
  const redisUrl = process.argv.includes('redis') ? process.env.REDIS_URL : undefined;
  if (process.argv.includes('redis') && !redisUrl) throw new Error('bench:profile -- redis needs REDIS_URL');
  const dir = path.resolve(__dirname, '..', '..', 'bench', 'profiles');
  mkdirSync(dir, { recursive: true });
  const openings = loadFixtureOrders(DEFAULT_FIXTURES_DIR).orders.map((o) => ({ text: `${o.orderNumber} ${o.customer.email}` }));
  const connector = await startLoopbackConnector();
  const port = 3993;
  const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  const server = echo
    ? await startServerProcess('echo', path.resolve(__dirname, 'echo-bot-server.js'), { port, args: [String(port)], nodeArgs })
    : await startServerProcess('bot', path.resolve(__dirname, '..', 'src', 'index.js'), {
        port,
        nodeArgs: [...productionNodeArgs(), ...nodeArgs],
        env: botServerEnv(port, connector.serviceUrl, redisUrl),
      });
  const result = await runFirstMessageLoad({ baseUrl: server.baseUrl, serviceUrl: connector.serviceUrl, openings, clients: 16, seconds: 10 });
  console.log(`${server.name}: ${result.turns} turns in ${result.seconds.toFixed(1)} s; profile in ${dir}`);
  await server.stop();
  await connector.close();
  if (redisUrl) await forgetBenchConversations(redisUrl);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
