import { TURNS_AT_ONCE, type InProcessResult } from './in-process';
import type { ServerFigures, SideBySideResult } from './side-by-side';

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function row(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(10) : cell.padStart(12))).join('');
}

const ratio = (a: number, b: number) => `${fixed(a / b, 2)}x`;

function ratioRow(name: string, a: ServerFigures, b: ServerFigures): string {
  return row([
    name,
    ratio(a.turnsPerSecond, b.turnsPerSecond),
    ratio(a.p50, b.p50),
    ratio(a.p99, b.p99),
    ratio(a.cpuMsPerTurn, b.cpuMsPerTurn),
    ratio(a.rssMiB, b.rssMiB),
    '',
    '',
  ]);
}

export function printSideBySide(result: SideBySideResult): void {
  const { echo, bot, botRedis } = result;
  const line = (f: ServerFigures) =>
    row([f.name, fixed(f.turnsPerSecond, 0), fixed(f.p50, 2), fixed(f.p99, 2), fixed(f.cpuMsPerTurn, 3), fixed(f.rssMiB, 0), fixed(f.postsPerTurn, 2), String(f.failures)]);
  console.log('\nSide by side over HTTP (16 clients, each request a new conversation with order number and email)');
  console.log(`bot: node ${[...result.botNodeArgs, 'dist/src/index.js'].join(' ')} (as npm start); echo: node dist/bench/echo-bot-server.js`);
  console.log(`bot: state in memory; ${botRedis ? 'bot+redis: the same bot with REDIS_URL set' : 'bot+redis not run (REDIS_URL unset)'}`);
  console.log(row(['', 'turns/s', 'p50 ms', 'p99 ms', 'CPU ms/turn', 'RSS MiB', 'posts/turn', 'failures']));
  console.log(line(echo));
  console.log(line(bot));
  if (botRedis) console.log(line(botRedis));
  console.log(ratioRow('bot/echo', bot, echo));
  if (botRedis) console.log(ratioRow('redis/bot', botRedis, bot));
  console.log(`first answer after start (spawn -> reply to the first message, bot in memory): ${fixed(result.firstAnswerMs, 0)} ms`);
}

export function printInProcess(title: string, result: InProcessResult): void {
  console.log(`\n${title}`);
  for (const t of result.timings) {
    console.log(`  ${t.label.padEnd(44)} runs ${String(t.runs).padStart(5)}  median ${fixed(t.median, 3)} ms  p95 ${fixed(t.p95, 3)} ms`);
  }
  console.log(`  ${`first answers, ${TURNS_AT_ONCE} at once`.padEnd(44)} ${fixed(result.turnsPerSecond, 0)} turns/s`);
  if (result.idleConversationsMiB !== null) {
    console.log(`  ${`${result.idleConversations.toLocaleString('en-AU')} idle conversations (heap)`.padEnd(44)} ${fixed(result.idleConversationsMiB, 1)} MiB`);
  }
}

type Check = [name: string, figure: string, value: string, met: boolean | null];

/** The issue's targets are in MB (10^6 bytes); the figures are in MiB (2^20 bytes): 300 MB is 286 MiB. */
function megabytesInMiB(megabytes: number): number {
  return (megabytes * 1e6) / 2 ** 20;
}

/**
 * Each target names the figure it is judged on: "HTTP" figures come from the
 * side-by-side run (first-answer turns of new conversations), "in process"
 * ones from the use case alone. The Redis target compares turns per second,
 * as the issue's other speed target does, so in process too it is judged with
 * turns in flight together; a lone turn's median (printed above) also waits
 * for each Redis round trip in turn, which no server under load does.
 */

export function printTargets(sideBySide: SideBySideResult, inMemory: InProcessResult, redis: InProcessResult | null): void {
  const { echo, bot, botRedis } = sideBySide;
  const checks: Check[] = [
    ['turns/s >= 0.5x EchoBot', 'HTTP, bot in memory', ratio(bot.turnsPerSecond, echo.turnsPerSecond), bot.turnsPerSecond / echo.turnsPerSecond >= 0.5],
    ['p99 <= 2x EchoBot', 'HTTP, bot in memory', ratio(bot.p99, echo.p99), bot.p99 / echo.p99 <= 2],
    ['RSS after the run <= 300 MB', 'HTTP, bot in memory', `${fixed(bot.rssMiB, 0)} MiB`, bot.rssMiB <= megabytesInMiB(300)],
    [
      '10,000 idle conversations <= 50 MB',
      'in process, heap',
      `${fixed(inMemory.idleConversationsMiB ?? Number.NaN, 1)} MiB`,
      (inMemory.idleConversationsMiB ?? Infinity) <= megabytesInMiB(50),
    ],
    ['first answer <= 1.5 s after start', 'spawn -> first reply', `${fixed(sideBySide.firstAnswerMs, 0)} ms`, sideBySide.firstAnswerMs <= 1500],
    [
      'Redis turns/s >= 0.8x in-memory',
      'HTTP, bot+redis / bot',
      botRedis ? ratio(botRedis.turnsPerSecond, bot.turnsPerSecond) : 'REDIS_URL unset',
      botRedis ? botRedis.turnsPerSecond / bot.turnsPerSecond >= 0.8 : null,
    ],
    [
      'Redis turns/s >= 0.8x in-memory',
      `in process, ${TURNS_AT_ONCE} at once`,
      redis ? ratio(redis.turnsPerSecond, inMemory.turnsPerSecond) : 'REDIS_URL unset',
      redis ? redis.turnsPerSecond / inMemory.turnsPerSecond >= 0.8 : null,
    ],
  ];
  console.log('\nTargets');
  console.log(`  ${'target'.padEnd(36)} ${'figure used'.padEnd(26)} ${'value'.padStart(16)}`);
  for (const [name, figure, value, met] of checks) {
    console.log(`  ${name.padEnd(36)} ${figure.padEnd(26)} ${value.padStart(16)}  ${met === null ? 'skipped' : met ? 'met' : 'NOT MET'}`);
  }
}
