import { z } from 'zod';
import type { IntentModel } from './intent-model';

/*
 * nlp.js ships no type declarations. This file declares only the calls the
 * understander makes and checks at run time that the library still has
 * them, so an upgrade that changes the API fails here, loudly, and not as an
 * undefined deep inside a conversation.
 *
 * The two packages inside @nlpjs/basic are loaded rather than @nlpjs/basic
 * itself: its index also loads @nlpjs/logger, whose pino setup prints a
 * deprecation warning to stderr the moment it is required.
 */

/** A trained (or trainable) nlp.js intent classifier for English; it reports 'None' when nothing fits. */
export type NlpJsModel = IntentModel;

const isFunction = (value: unknown): boolean => typeof value === 'function';

type NlpSettings = Record<string, unknown>;

const NlpModuleSchema = z.object({
  Nlp: z.custom<new (settings: NlpSettings) => unknown>(isFunction, 'Nlp class missing from @nlpjs/nlp'),
});
const LangEnModuleSchema = z.object({
  LangEn: z.custom<new () => unknown>(isFunction, 'LangEn class missing from @nlpjs/lang-en'),
});

interface NlpJsContainer {
  use(plugin: unknown): unknown;
  register(name: string, instance: unknown, isSingleton: boolean): void;
}

interface NlpJsInstance {
  container: NlpJsContainer;
  addDocument(locale: string, utterance: string, intent: string): unknown;
  train(): Promise<unknown>;
  classify(locale: string, utterance: string): Promise<unknown>;
}

function hasMethods(value: unknown, names: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return names.every((name) => isFunction(Reflect.get(value, name)));
}

/* z.custom keeps the original object, so its methods keep their `this`. */
const NlpJsInstanceSchema = z.custom<NlpJsInstance>(
  (value) =>
    hasMethods(value, ['addDocument', 'train', 'classify']) &&
    typeof value === 'object' &&
    value !== null &&
    hasMethods(Reflect.get(value, 'container'), ['use', 'register']),
  'unexpected nlp.js Nlp instance',
);

const ClassificationSchema = z.object({
  classifications: z.array(z.object({ intent: z.string(), score: z.number() })),
});

/* nlp.js warns through its container logger (e.g. "utterance contains only stop words"); tests and the bot's console stay quiet. */
const silentLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  log: () => undefined,
  trace: () => undefined,
  fatal: () => undefined,
};

export interface NlpJsModelOptions {
  /** Correct unknown words to a trained word one edit away ("trackng" -> "tracking"). */
  spellCheck: boolean;
}

export function createNlpJsModel(options: NlpJsModelOptions): NlpJsModel {
  // require, not import: the packages are untyped CommonJS, narrowed right here.
  const { Nlp } = NlpModuleSchema.parse(require('@nlpjs/nlp'));
  const { LangEn } = LangEnModuleSchema.parse(require('@nlpjs/lang-en'));
  /*
   * No container is passed, so nlp.js builds its in-memory one: no .env or
   * conf.json is read and the file system is never touched. autoSave/autoLoad
   * are off so train() does not write model.nlp; the threshold is 0 because
   * the understander applies its own.
   */
  const nlp = NlpJsInstanceSchema.parse(
    new Nlp({
      languages: ['en'],
      autoSave: false,
      autoLoad: false,
      threshold: 0,
      calculateSentiment: false,
      nlu: { log: false, spellCheck: options.spellCheck, useNoneFeature: true },
    }),
  );
  nlp.container.use(LangEn);
  nlp.container.register('logger', silentLogger, true);

  return {
    addUtterance(utterance, intent) {
      nlp.addDocument('en', utterance, intent);
    },
    async train() {
      await nlp.train();
    },
    async classify(utterance) {
      const result = ClassificationSchema.parse(await nlp.classify('en', utterance));
      return result.classifications;
    },
  };
}
