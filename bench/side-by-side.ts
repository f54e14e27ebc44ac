import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile, postFirstMessage, runFirstMessageLoad, type OpeningMessage } from './first-message-load';
import { forgetBenchConversations } from './forget-bench-conversations';
import { startLoopbackConnector } from './loopback-connector';
import { cpuMsOf, rssMiBOf } from './process-usage';
import { productionNodeArgs, startServerProcess, type ServerProcess } from './server-process';

export interface SideBySideOptions {
  clients: number;
  rounds: number;
  secondsPerRound: number;
  openings: readonly OpeningMessage[];
  /** When set, a third server: the bot with its state in this Redis, loaded in the same rounds. */
  redisUrl?: string;
}

export interface ServerFigures {
  name: string;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerTurn: number;
  rssMiB: number;
  failures: number;
  /** Activities the server posted to the connector per turn (replies, typing indicators). */
  postsPerTurn: number;
}

export interface SideBySideResult {
  echo: ServerFigures;
  /** The bot with its conversations, ledger and limits in this process's memory. */
  bot: ServerFigures;
  /** The same bot with REDIS_URL set (conversations, ledger and limits in Redis); null when the benchmark has no REDIS_URL. */
  botRedis: ServerFigures | null;
  /** The bot's first answer: from spawning `node dist/src/index.js` to the reply to its first message, in ms. */
  firstAnswerMs: number;
  /** The node flags the bot ran with (those of `npm start`). */
  botNodeArgs: string[];
}

const DIST = path.resolve(__dirname, '..');
const WARM_UP_SECONDS = 10;

/**
 * How the benchmark runs the bot: fixture orders, info logs, no development
 * pages, replies to the loopback connector. The child inherits the
 * benchmark's environment, so the stores are chosen here explicitly (an empty
 * value is unset): in memory unless `redisUrl` is given, never PostgreSQL.
 */
export function botServerEnv(port: number, connectorUrl: string, redisUrl = ''): Record<string, string> {
  return {
    NODE_ENV: 'development',
    REDIS_URL: redisUrl,
    DATABASE_URL: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DIRECT_LINE_DEV: 'false',
    ORDER_SOURCE: 'fixtures',
    // Without authentication the bot posts replies only to its own origin and the ones listed here.
    LOOPBACK_SERVICE_URLS: connectorUrl,
  };
}

interface Tally {
  turns: number;
  seconds: number;
  cpuMs: number;
  failures: number;
  posts: number;
  latencies: number[];
}

/**
 * The real server and a bare EchoBot, each in its own process started with
 * plain node, loaded in turn (echo, bot, echo, bot...) so that whatever else
 * the machine is doing weighs on both alike.
 */
export async function runSideBySide(options: SideBySideOptions): Promise<SideBySideResult> {
  const connector = await startLoopbackConnector();
  const started = performance.now();
  // The bot as `npm start` runs it (its node flags included); the EchoBot with none, as a bare botbuilder sample runs.
  const nodeArgs = productionNodeArgs();
  const bot = await startServerProcess('bot', path.join(DIST, 'src', 'index.js'), { port: 3991, nodeArgs, env: botServerEnv(3991, connector.serviceUrl) });
  const firstStatus = await postFirstMessage(bot.baseUrl, connector.serviceUrl, options.openings[0]?.text ?? 'hello');
  const firstAnswerMs = performance.now() - started;
  if (firstStatus !== 200) {
    await bot.stop();
    await connector.close();
    throw new Error(`the bot answered its first message with HTTP ${firstStatus}`);
  }
  const echo = await startServerProcess('echo', path.join(DIST, 'bench', 'echo-bot-server.js'), { port: 3992, args: ['3992'] });
  const botRedis = options.redisUrl
    ? await startServerProcess('bot+redis', path.join(DIST, 'src', 'index.js'), { port: 3994, nodeArgs, env: botServerEnv(3994, connector.serviceUrl, options.redisUrl) })
    : null;
  const servers = [echo, bot, ...(botRedis ? [botRedis] : [])];
  const tallies = new Map<ServerProcess, Tally>(servers.map((s) => [s, { turns: 0, seconds: 0, cpuMs: 0, failures: 0, posts: 0, latencies: [] }]));
  try {
    const load = (server: ServerProcess, seconds: number) =>
      runFirstMessageLoad({ baseUrl: server.baseUrl, serviceUrl: connector.serviceUrl, openings: options.openings, clients: options.clients, seconds });
    // Warm-up, the same for every server: the bot runs far more code than the EchoBot, and V8 takes 5-10 s of
    // this load to optimise it (5 s rounds measured 2.4, 1.5, then 1.3-1.4 ms of CPU per turn). Start-up has
    // its own figure, the first answer; these rounds measure an instance that is serving.
    for (const server of servers) await load(server, WARM_UP_SECONDS);
    for (let round = 0; round < options.rounds; round += 1) {
      for (const server of servers) {
        const cpuBefore = cpuMsOf(server.pid);
        const postsBefore = connector.posted();
        const result = await load(server, options.secondsPerRound);
        const tally = tallies.get(server);
        if (!tally) continue;
        tally.cpuMs += cpuMsOf(server.pid) - cpuBefore;
        tally.posts += connector.posted() - postsBefore;
        tally.turns += result.turns;
        tally.seconds += result.seconds;
        tally.failures += result.failures;
        tally.latencies.push(...result.latencies);
      }
    }
    const figures = (server: ServerProcess): ServerFigures => {
      const tally = tallies.get(server) ?? { turns: 0, seconds: 1, cpuMs: 0, failures: 0, posts: 0, latencies: [] };
      const sorted = [...tally.latencies].sort((a, b) => a - b);
      return {
        name: server.name,
        turnsPerSecond: tally.turns / tally.seconds,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        cpuMsPerTurn: tally.cpuMs / Math.max(1, tally.turns),
        rssMiB: rssMiBOf(server.pid),
        failures: tally.failures,
        postsPerTurn: tally.posts / Math.max(1, tally.turns),
      };
    };
    return { echo: figures(echo), bot: figures(bot), botRedis: botRedis ? figures(botRedis) : null, firstAnswerMs, botNodeArgs: nodeArgs };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await connector.close();
    if (options.redisUrl) await forgetBenchConversations(options.redisUrl);
  }
}
