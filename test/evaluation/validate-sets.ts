import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AnswerSetSchema, ConversationSetSchema, IntentSetSchema } from './evaluation-set-schema';
import { PARTS } from './evaluation-sets';

/*
 * `npx tsx test/evaluation/validate-sets.ts`: checks every evaluation file
 * against its schema and prints counts only, never contents, so it is safe
 * to run on the held-out part.
 */
const root = __dirname;
let failed = false;

function check(file: string, parse: (json: unknown) => string): void {
  try {
    console.log(`${path.relative(root, file)}: ${parse(JSON.parse(readFileSync(file, 'utf8')) as unknown)}`);
  } catch (error) {
    failed = true;
    console.log(`${path.relative(root, file)}: INVALID ${error instanceof Error ? error.message.slice(0, 2000) : String(error)}`);
  }
}

for (const part of PARTS) {
  const dir = path.join(root, 'conversations', part);
  let total = 0;
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    check(path.join(dir, name), (json) => {
      const set = ConversationSetSchema.parse(json);
      for (const c of set.conversations) {
        if (ids.has(c.id)) throw new Error(`duplicate id ${c.id}`);
        ids.add(c.id);
      }
      total += set.conversations.length;
      return `${set.pattern}, ${set.conversations.length} conversations, ${set.conversations.reduce((n, c) => n + c.turns.length, 0)} turns`;
    });
  }
  console.log(`${part}: ${total} conversations`);
}
// Every part has an answers file; listing them from PARTS means a new part cannot be skipped.
const intentFiles = ['intents-round-1.json', 'intents-tuning.json', 'intents-held-out.json'];
for (const name of [...intentFiles, ...PARTS.map((part) => `answers-${part}.json`)]) {
  const file = path.join(root, name);
  check(file, (json) =>
    name.startsWith('intents')
      ? `${Object.values(IntentSetSchema.parse(json)).flat().length} utterances`
      : `${AnswerSetSchema.parse(json).items.length} answers`,
  );
}
process.exit(failed ? 1 : 0);
