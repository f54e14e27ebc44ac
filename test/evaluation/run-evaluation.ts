import { DEFAULT_ORDER_NUMBER_PATTERN } from '../../src/domain/order-number';
import { createUnderstander, type Understander } from '../../dialogs/understanding/customer-message-understander';
import type { ConversationResult } from './conversation-evaluator';
import { PATTERNS, type Pattern } from './evaluation-set-schema';
import { answerTally, conversationTallies, intentPairsOf, intentTally, sumOf, type AnswerMiss, type Tally } from './evaluation-figures';
import { intentSet, PARTS, type Part } from './evaluation-sets';
import { intentPairs, roundOneIntents } from './intent-sets';

/*
 * `npm run eval`: pass rates per pattern for every part of the evaluation,
 * then intent and in-context answer accuracy. Held-out results are only ever
 * counted: `--show` prints the failing TUNING conversations with their
 * transcripts and misread tuning answers, `--only <id>` one tuning
 * conversation; nothing prints a
 * held-out conversation or utterance. `--tuning` leaves the held-out part
 * out altogether, for the loop of changing and measuring.
 */
const args = process.argv.slice(2);
const show = args.includes('--show');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const tuningOnly = args.includes('--tuning') || only !== undefined;
const parts = PARTS.filter((part) => !(tuningOnly && part === 'held-out'));

const percent = ({ passed, total }: Tally): string => (total === 0 ? '   -  ' : `${((100 * passed) / total).toFixed(1).padStart(5)}%`);
const cell = (tally: Tally) => `${tally.passed}/${tally.total} ${percent(tally)}`.padStart(14);

function printTranscript(result: ConversationResult): void {
  console.log(`\n--- ${result.id} ${result.passed ? 'passes' : 'FAILS'}`);
  for (const turn of result.turns) {
    console.log(`you> ${turn.customer}`);
    console.log(`bot> ${turn.bot.replace(/\n/g, '\n     ')}`);
    if (turn.buttons.length > 0) console.log(`     [${turn.buttons.join('] [')}]`);
    for (const failure of turn.failures) console.log(`  ✗ ${failure}`);
  }
}

async function conversations(understander: Understander): Promise<void> {
  const byPart = new Map<Part, Map<Pattern, Tally>>();
  const failing: string[] = [];
  for (const part of parts) {
    const readable = part !== 'held-out';
    const onResult = (result: ConversationResult) => {
      if (!readable) return;
      if (!result.passed) failing.push(result.id);
      if (only !== undefined || (show && !result.passed)) printTranscript(result);
    };
    byPart.set(part, await conversationTallies(understander, part, { only, onResult }));
  }
  if (only !== undefined) return;
  const tallyOf = (part: Part, pattern: Pattern) => byPart.get(part)?.get(pattern) ?? { passed: 0, total: 0 };
  console.log(`\n${'pattern'.padEnd(24)}${parts.map((part) => part.padStart(15)).join('')}`);
  for (const pattern of PATTERNS) console.log(`${pattern.padEnd(24)}${parts.map((part) => ` ${cell(tallyOf(part, pattern))}`).join('')}`);
  const totals = parts.map((part) => ` ${cell(sumOf(byPart.get(part)?.values() ?? []))}`);
  console.log(`${'all conversations'.padEnd(24)}${totals.join('')}`);
  if (failing.length > 0) console.log(`\nfailing tuning conversations: ${failing.join(' ')}`);
}

async function intents(understander: Understander): Promise<void> {
  const accuracy = async (pairs: Array<{ intent: string; utterance: string }>) => cell(await intentTally(understander, pairs)).trim();
  const figures = [`round-1 (seen) ${await accuracy(intentPairs(roundOneIntents))}`, `tuning ${await accuracy(intentPairsOf(intentSet('tuning')))}`];
  if (!tuningOnly) figures.push(`held-out ${await accuracy(intentPairsOf(intentSet('held-out')))}`);
  console.log(`\nintents: ${figures.join(', ')}`);
}

async function answers(understander: Understander): Promise<void> {
  const figures: string[] = [];
  const misses: string[] = [];
  for (const part of parts) {
    // Held-out misses are never looked at: only tuning parts pass a callback.
    const onMiss = part === 'held-out' || !show ? undefined : (m: AnswerMiss) => misses.push(`  ${part} ${m.question}: "${m.text}" expected ${m.expected}, read ${m.read}`);
    figures.push(`${part} ${cell(await answerTally(understander, part, onMiss)).trim()}`);
  }
  console.log(`in-context answers: ${figures.join(', ')}`);
  if (misses.length > 0) console.log(['misread tuning answers:', ...misses].join('\n'));
}

async function main(): Promise<void> {
  const understander = await createUnderstander({ orderNumberPattern: DEFAULT_ORDER_NUMBER_PATTERN });
  await conversations(understander);
  if (only !== undefined) return;
  await intents(understander);
  await answers(understander);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
