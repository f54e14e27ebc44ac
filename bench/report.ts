import type { InProcessResult } from './in-process';
import type { ServerFigures, SideBySideResult } from './side-by-side';

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function row(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(10) : cell.padStart(12))).join('');
}

export function printSideBySide(result: SideBySideResult): void {
  const { echo, bot } = result;
  const line = (f: ServerFigures) =>
    row([f.name, fixed(f.turnsPerSecond, 0), fixed(f.p50, 2), fixed(f.p99, 2), fixed(f.cpuMsPerTurn, 3), fixed(f.rssMiB, 0), fixed(f.postsPerTurn, 2), String(f.failures)]);
  console.log('\nSide by side over HTTP (16 clients, each request a new conversation with order number and email)');
  console.log(`bot: node ${[...result.botNodeArgs, 'dist/src/index.js'].join(' ')} (as npm start); echo: node dist/bench/echo-bot-server.js`);
  console.log(row(['', 'turns/s', 'p50 ms', 'p99 ms', 'CPU ms/turn', 'RSS MiB', 'posts/turn', 'failures']));
  console.log(line(echo));
  console.log(line(bot));
  console.log(
    row([
      'bot/echo',
      `${fixed(bot.turnsPerSecond / echo.turnsPerSecond, 2)}x`,
      `${fixed(bot.p50 / echo.p50, 2)}x`,
      `${fixed(bot.p99 / echo.p99, 2)}x`,
      `${fixed(bot.cpuMsPerTurn / echo.cpuMsPerTurn, 2)}x`,
      `${fixed(bot.rssMiB / echo.rssMiB, 2)}x`,
      '',
      '',
    ]),
  );
  console.log(`first answer after start (spawn -> reply to the first message): ${fixed(result.firstAnswerMs, 0)} ms`);
}

export function printInProcess(title: string, result: InProcessResult): void {
  console.log(`\n${title}`);
  for (const t of result.timings) {
    console.log(`  ${t.label.padEnd(44)} runs ${String(t.runs).padStart(5)}  median ${fixed(t.median, 3)} ms  p95 ${fixed(t.p95, 3)} ms`);
  }
  if (result.idleConversationsMiB !== null) {
    console.log(`  ${`${result.idleConversations.toLocaleString('en-AU')} idle conversations (heap)`.padEnd(44)} ${fixed(result.idleConversationsMiB, 1)} MiB`);
  }
}

export function printTargets(sideBySide: SideBySideResult, inMemory: InProcessResult, redis: InProcessResult | null): void {
  const { echo, bot } = sideBySide;
  const turnMedian = (r: InProcessResult) => r.timings[0]?.median ?? Number.NaN;
  const checks: Array<[string, string, boolean | null]> = [
    ['turns/s >= 0.5x EchoBot', `${fixed(bot.turnsPerSecond / echo.turnsPerSecond, 2)}x`, bot.turnsPerSecond / echo.turnsPerSecond >= 0.5],
    ['p99 <= 2x EchoBot', `${fixed(bot.p99 / echo.p99, 2)}x`, bot.p99 / echo.p99 <= 2],
    ['RSS after the run <= 300 MB', `${fixed(bot.rssMiB, 0)} MiB`, bot.rssMiB <= 300],
    ['10,000 idle conversations <= 50 MB', `${fixed(inMemory.idleConversationsMiB ?? Number.NaN, 1)} MiB`, (inMemory.idleConversationsMiB ?? Infinity) <= 50],
    ['first answer <= 1.5 s after start', `${fixed(sideBySide.firstAnswerMs, 0)} ms`, sideBySide.firstAnswerMs <= 1500],
    [
      'Redis turn >= 0.8x in-memory speed',
      redis ? `${fixed(turnMedian(inMemory) / turnMedian(redis), 2)}x` : 'REDIS_URL unset',
      redis ? turnMedian(inMemory) / turnMedian(redis) >= 0.8 : null,
    ],
  ];
  console.log('\nTargets');
  for (const [name, value, met] of checks) {
    console.log(`  ${name.padEnd(38)} ${value.padStart(16)}  ${met === null ? 'skipped' : met ? 'met' : 'NOT MET'}`);
  }
}
