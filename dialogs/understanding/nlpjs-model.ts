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
  export(minified: boolean): string;
  import(data: unknown): void;
}

function hasMethods(value: unknown, names: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return names.every((name) => isFunction(Reflect.get(value, name)));
}

/* z.custom keeps the original object, so its methods keep their `this`. */
const NlpJsInstanceSchema = z.custom<NlpJsInstance>(
  (value) =>
    hasMethods(value, ['addDocument', 'train', 'classify', 'export', 'import']) &&
    typeof value === 'object' &&
    value !== null &&
    hasMethods(Reflect.get(value, 'container'), ['use', 'register']),
  'unexpected nlp.js Nlp instance',
);

const PackageVersionSchema = z.object({ version: z.string() });
/* The parts of nlp.js's export its import reads; the neural networks inside are the library's own business. */
const NlpJsExportSchema = z.looseObject({
  settings: z.looseObject({}),
  nluManager: z.looseObject({ domainManagers: z.looseObject({ en: z.looseObject({}) }) }),
  ner: z.looseObject({}),
  nlgManager: z.looseObject({}),
  actionManager: z.looseObject({}),
});

/* The domains inside nlp.js's NLU manager; z.custom keeps the library's own objects so they can be set. */
const NlpJsDomainsSchema = z.object({
  nluManager: z.object({
    domainManagers: z.record(
      z.string(),
      z.object({ domains: z.record(z.string(), z.custom<{ intentsArr?: string[] | undefined }>((value) => typeof value === 'object' && value !== null)) }),
    ),
  }),
});
const nlpJsDomains = (nlp: NlpJsInstance) => Object.values(NlpJsDomainsSchema.parse(nlp).nluManager.domainManagers).flatMap(({ domains }) => Object.values(domains));

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
  const settings = {
    languages: ['en'],
    autoSave: false,
    autoLoad: false,
    threshold: 0,
    calculateSentiment: false,
    nlu: { log: false, spellCheck: options.spellCheck, useNoneFeature: true },
  };
  const nlp = NlpJsInstanceSchema.parse(new Nlp(settings));
  nlp.container.use(LangEn);
  nlp.container.register('logger', silentLogger, true);
  const versions = ['@nlpjs/nlp', '@nlpjs/lang-en'].map((name) => `${name}@${PackageVersionSchema.parse(require(`${name}/package.json`)).version}`);

  return {
    settings: JSON.stringify({ library: versions, settings }),
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
    exportTrained() {
      return nlp.export(true);
    },
    importTrained(trained) {
      nlp.import(NlpJsExportSchema.parse(JSON.parse(trained)));
      /*
       * nlp.js's import fills each domain's list of intents from the saved ones,
       * which never hold 'None'; after training the list is left unset and made
       * on first use with 'None' added. Unset, an imported model scores 'None'
       * as a trained one does (without it the other scores shift slightly).
       */
      for (const domain of nlpJsDomains(nlp)) domain.intentsArr = undefined;
    },
  };
}
