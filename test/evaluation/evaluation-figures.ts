import type { Understander } from '../../dialogs/understanding/customer-message-understander';
import { evaluateConversation, type ConversationResult } from './conversation-evaluator';
import { PATTERNS, type Pattern } from './evaluation-set-schema';
import { answerSet, conversationSets, type Part } from './evaluation-sets';

/*
 * The evaluation's figures as counts, for the runner (`npm run eval`) and the
 * jest gate alike. Nothing here prints: a held-out conversation, utterance
 * or answer never leaves these functions except as a count.
 */

export interface Tally {
  passed: number;
  total: number;
}

export const rate = ({ passed, total }: Tally): number => (total === 0 ? 0 : passed / total);

export function sumOf(tallies: Iterable<Tally>): Tally {
  let passed = 0;
  let total = 0;
  for (const tally of tallies) {
    passed += tally.passed;
    total += tally.total;
  }
  return { passed, total };
}

export interface ConversationRunOptions {
  /** Only the conversation with this id. */
  only?: string;
  /** Called with each result; the caller decides what it may show (never a held-out one). */
  onResult?: (result: ConversationResult) => void;
}

/** Every conversation of a part played through the bot, counted per pattern. */
export async function conversationTallies(understander: Understander, part: Part, options: ConversationRunOptions = {}): Promise<Map<Pattern, Tally>> {
  const tallies = new Map<Pattern, Tally>(PATTERNS.map((pattern) => [pattern, { passed: 0, total: 0 }]));
  for (const set of conversationSets(part)) {
    const tally = tallies.get(set.pattern);
    for (const conversation of set.conversations) {
      if (options.only !== undefined && conversation.id !== options.only) continue;
      const result = await evaluateConversation(conversation, understander);
      if (tally) {
        tally.total += 1;
        if (result.passed) tally.passed += 1;
      }
      options.onResult?.(result);
    }
  }
  return tallies;
}

export type IntentPairs = Array<{ intent: string; utterance: string }>;

export function intentPairsOf(set: Record<string, readonly string[] | undefined>): IntentPairs {
  return Object.entries(set).flatMap(([intent, utterances]) => (utterances ?? []).map((utterance) => ({ intent, utterance })));
}

/** How many utterances are read as their intent, out of context. */
export async function intentTally(understander: Understander, pairs: IntentPairs): Promise<Tally> {
  let passed = 0;
  for (const { intent, utterance } of pairs) if ((await understander.understand(utterance)).intent === intent) passed += 1;
  return { passed, total: pairs.length };
}

export interface AnswerMiss {
  question: string;
  text: string;
  expected: string;
  read: string;
}

/** How many replies are read as the right answer to the bot's yes/no question (or as no answer); each miss goes to `onMiss`. */
export async function answerTally(understander: Understander, part: Part, onMiss?: (miss: AnswerMiss) => void): Promise<Tally> {
  const { items } = answerSet(part);
  let passed = 0;
  for (const item of items) {
    const read = (await understander.understand(item.text, { expecting: { kind: 'yes_no', reading: item.question } })).answer ?? 'neither';
    if (read === item.answer) passed += 1;
    else onMiss?.({ question: item.question, text: item.text, expected: item.answer, read });
  }
  return { passed, total: items.length };
}
