import { DEFAULT_ORDER_NUMBER_PATTERN } from '../../src/domain/order-number';
import { createUnderstander } from '../../dialogs/understanding/customer-message-understander';
import { evaluateConversation, type ConversationResult } from './conversation-evaluator';
import { PATTERNS } from './evaluation-set-schema';
import { conversationSets, heldOutIntents, type Part } from './evaluation-sets';
import { intentPairs, roundOneIntents } from './intent-sets';

/*
 * `npm run eval`: pass rates per pattern for both parts of the evaluation.
 * Held-out results are only ever counted: `--show` prints the failing
 * TUNING conversations with their transcripts, `--only <id>` one tuning
 * conversation; nothing prints a held-out conversation or utterance.
 */
const args = process.argv.slice(2);
const show = args.includes('--show');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

function percent(passed: number, total: number): string {
  return total === 0 ? '   -  ' : `${((100 * passed) / total).toFixed(1).padStart(5)}%`;
}

function printTranscript(result: ConversationResult): void {
  console.log(`\n--- ${result.id} ${result.passed ? 'passes' : 'FAILS'}`);
  for (const turn of result.turns) {
    console.log(`you> ${turn.customer}`);
    console.log(`bot> ${turn.bot.replace(/\n/g, '\n     ')}`);
    if (turn.buttons.length > 0) console.log(`     [${turn.buttons.join('] [')}]`);
    for (const failure of turn.failures) console.log(`  ✗ ${failure}`);
  }
}

async function main(): Promise<void> {
  const understander = await createUnderstander({ orderNumberPattern: DEFAULT_ORDER_NUMBER_PATTERN });
  const rows = new Map<string, Record<Part, { passed: number; total: number }>>(
    PATTERNS.map((pattern) => [pattern, { tuning: { passed: 0, total: 0 }, 'held-out': { passed: 0, total: 0 } }]),
  );
  const failedTuning: string[] = [];
  for (const part of ['tuning', 'held-out'] as const) {
    if (only !== undefined && part === 'held-out') continue;
    for (const set of conversationSets(part)) {
      for (const conversation of set.conversations) {
        if (only !== undefined && conversation.id !== only) continue;
        const result = await evaluateConversation(conversation, understander);
        const row = rows.get(set.pattern)?.[part];
        if (row) {
          row.total += 1;
          if (result.passed) row.passed += 1;
        }
        if (part === 'tuning' && !result.passed) failedTuning.push(result.id);
        if (part === 'tuning' && (only !== undefined || (show && !result.passed))) printTranscript(result);
      }
    }
  }
  if (only !== undefined) return;

  console.log(`\n${'pattern'.padEnd(24)} ${'tuning'.padStart(14)} ${'held-out'.padStart(14)}`);
  const totals = { tuning: { passed: 0, total: 0 }, 'held-out': { passed: 0, total: 0 } };
  for (const [pattern, row] of rows) {
    const cell = (part: Part) => `${row[part].passed}/${row[part].total} ${percent(row[part].passed, row[part].total)}`.padStart(14);
    console.log(`${pattern.padEnd(24)} ${cell('tuning')} ${cell('held-out')}`);
    for (const part of ['tuning', 'held-out'] as const) {
      totals[part].passed += row[part].passed;
      totals[part].total += row[part].total;
    }
  }
  const total = (part: Part) => `${totals[part].passed}/${totals[part].total} ${percent(totals[part].passed, totals[part].total)}`.padStart(14);
  console.log(`${'all conversations'.padEnd(24)} ${total('tuning')} ${total('held-out')}`);

  const intentAccuracy = async (pairs: Array<{ intent: string; utterance: string }>) => {
    let right = 0;
    for (const { intent, utterance } of pairs) if ((await understander.understand(utterance)).intent === intent) right += 1;
    return `${right}/${pairs.length} ${percent(right, pairs.length)}`;
  };
  const heldOut = heldOutIntents();
  const heldOutPairs = Object.entries(heldOut).flatMap(([intent, utterances]) => utterances.map((utterance) => ({ intent, utterance })));
  console.log(`\nintent accuracy: round-1 set (seen) ${await intentAccuracy(intentPairs(roundOneIntents))}, held-out ${await intentAccuracy(heldOutPairs)}`);
  if (failedTuning.length > 0) console.log(`\nfailing tuning conversations: ${failedTuning.join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
