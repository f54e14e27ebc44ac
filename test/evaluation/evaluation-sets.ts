import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AnswerSetSchema, ConversationSetSchema, IntentSetSchema, type ConversationSet } from './evaluation-set-schema';

/** The two parts of the evaluation: tuning may be read while changing rules and data; held-out never is. */
export type Part = 'tuning' | 'held-out';

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

export const heldOutIntents = () => IntentSetSchema.parse(readJson('intents-held-out.json'));
export const answerSet = (part: Part) => AnswerSetSchema.parse(readJson(`answers-${part}.json`));
