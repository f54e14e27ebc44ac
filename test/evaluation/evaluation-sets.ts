import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AnswerSetSchema, ConversationSetSchema, IntentSetSchema, type ConversationSet } from './evaluation-set-schema';

/**
 * The parts of the evaluation: the four tuning sets (by different writers,
 * each written after the ones before had been tuned against; tuning-3 and
 * tuning-4 by writers who never read the bot's code) may be read while
 * changing rules and data; held-out never is.
 */
export const PARTS = ['tuning', 'tuning-2', 'tuning-3', 'tuning-4', 'tuning-5', 'tuning-6', 'tuning-7', 'tuning-8', 'held-out'] as const;
export type Part = (typeof PARTS)[number];

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(__dirname, file), 'utf8')) as unknown;
}

export function conversationSets(part: Part): ConversationSet[] {
  const dir = path.join(__dirname, 'conversations', part);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ConversationSetSchema.parse(readJson(path.join('conversations', part, name))));
}

export const answerSet = (part: Part) => AnswerSetSchema.parse(readJson(`answers-${part}.json`));
export const intentSet = (name: 'tuning' | 'held-out') => IntentSetSchema.parse(readJson(`intents-${name}.json`));
