import { DEFAULT_ORDER_NUMBER_PATTERN } from '../../src/domain/order-number';
import { createUnderstander, type Understander } from '../../dialogs/understanding/customer-message-understander';
import { evaluateConversation, type ConversationResult } from './conversation-evaluator';
import { PATTERNS } from './evaluation-set-schema';
import { answerSet, conversationSets, intentSet, PARTS, type Part } from './evaluation-sets';
import { intentPairs, roundOneIntents } from './intent-sets';

/*
 * `npm run eval`: pass rates per pattern for every part of the evaluation,
 * then intent and in-context answer accuracy. Held-out results are only ever
 * counted: `--show` prints the failing TUNING conversations with their
 * transcripts, `--only <id>` one tuning conversation; nothing prints a
 * held-out conversation or utterance. `--tuning` leaves the held-out part
 * out altogether, for the loop of changing and measuring.
 */
const args = process.argv.slice(2);
const show = args.includes('--show');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const tuningOnly = args.includes('--tuning') || only !== undefined;
const parts = PARTS.filter((part) => !(tuningOnly && part === 'held-out'));

type Tally = { passed: number; total: number };
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
  const rows = new Map(PATTERNS.map((pattern) => [pattern, new Map<Part, Tally>(parts.map((part) => [part, { passed: 0, total: 0 }]))]));
  const failing: string[] = [];
  for (const part of parts) {
    for (const set of conversationSets(part)) {
      for (const conversation of set.conversations) {
        if (only !== undefined && conversation.id !== only) continue;
        const result = await evaluateConversation(conversation, understander);
        const tally = rows.get(set.pattern)?.get(part);
        if (tally) {
          tally.total += 1;
          if (result.passed) tally.passed += 1;
        }
        const readable = part !== 'held-out';
        if (readable && !result.passed) failing.push(result.id);
        if (readable && (only !== undefined || (show && !result.passed))) printTranscript(result);
      }
    }
  }
  if (only !== undefined) return;
  console.log(`\n${'pattern'.padEnd(24)}${parts.map((part) => part.padStart(15)).join('')}`);
  const totals = new Map<Part, Tally>(parts.map((part) => [part, { passed: 0, total: 0 }]));
  for (const [pattern, row] of rows) {
    console.log(`${pattern.padEnd(24)}${parts.map((part) => ` ${cell(row.get(part) ?? { passed: 0, total: 0 })}`).join('')}`);
    for (const part of parts) {
      const total = totals.get(part);
      const tally = row.get(part);
      if (total && tally) {
        total.passed += tally.passed;
        total.total += tally.total;
      }
    }
  }
  console.log(`${'all conversations'.padEnd(24)}${parts.map((part) => ` ${cell(totals.get(part) ?? { passed: 0, total: 0 })}`).join('')}`);
  if (failing.length > 0) console.log(`\nfailing tuning conversations: ${failing.join(' ')}`);
}

async function intents(understander: Understander): Promise<void> {
  const accuracy = async (pairs: Array<{ intent: string; utterance: string }>): Promise<string> => {
    let passed = 0;
    for (const { intent, utterance } of pairs) if ((await understander.understand(utterance)).intent === intent) passed += 1;
    return cell({ passed, total: pairs.length }).trim();
  };
  const pairsOf = (set: Record<string, string[] | undefined>) =>
    Object.entries(set).flatMap(([intent, utterances]) => (utterances ?? []).map((utterance) => ({ intent, utterance })));
  const figures = [`round-1 (seen) ${await accuracy(intentPairs(roundOneIntents))}`, `tuning ${await accuracy(pairsOf(intentSet('tuning')))}`];
  if (!tuningOnly) figures.push(`held-out ${await accuracy(pairsOf(intentSet('held-out')))}`);
  console.log(`\nintents: ${figures.join(', ')}`);
}

async function answers(understander: Understander): Promise<void> {
  const figures: string[] = [];
  for (const part of parts) {
    const items = answerSet(part).items;
    let passed = 0;
    for (const item of items) {
      const read = await understander.understand(item.text, { expecting: { kind: 'yes_no', reading: item.question } });
      if ((read.answer ?? 'neither') === item.answer) passed += 1;
    }
    figures.push(`${part} ${cell({ passed, total: items.length }).trim()}`);
  }
  console.log(`in-context answers: ${figures.join(', ')}`);
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
