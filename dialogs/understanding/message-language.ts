import { z } from 'zod';
import profilesFile from './language-profiles.json';

/*
 * Whether a message is in a language other than English, or in none at all.
 *
 * nlp.js's own guesser cannot answer this here: @nlpjs/language-min ships
 * empty Latin-script profiles (only English gets one, from @nlpjs/lang-en),
 * and training adds every training sentence to its English profile at top
 * rank, so afterwards it calls nearly any Latin-script text English. The
 * full profiles of @nlpjs/language are used instead (language-profiles.json), read as "how many
 * of the message's trigrams are common in language X", together with how
 * many of the message's words the bot was trained on.
 */

const ProfilesFileSchema = z.object({
  source: z.string(),
  profiles: z.record(z.string(), z.string().min(3)).refine((p) => 'eng' in p, 'needs an English profile'),
});

export interface LanguageJudge {
  /** Confidently another language: a non-Latin script, or a Latin-script sentence that reads as another language. */
  isOtherLanguage(text: string): boolean;
  /** No trained word and hardly a trigram of any known language: keyboard mashing, not words. */
  isGibberish(text: string): boolean;
}

/* Below these a sentence is too short for trigram statistics to mean much. */
const MIN_WORDS_FOR_LATIN_GUESS = 3;
const MIN_LETTERS_FOR_LATIN_GUESS = 12;
/* Fewer than this share of its words may be trained English words for the text to count as foreign. */
const MAX_KNOWN_WORD_SHARE = 0.3;
/*
 * How much better another language must explain the trigrams than English
 * does. English sentences of untrained words ("purple elephants dance
 * quietly", "fair dinkum mate") reach a lead of about 0.13; accented
 * letters (é, ñ, ł, ü), rare in English, are evidence enough for a smaller one.
 */
const MIN_LEAD_OVER_ENGLISH = 0.15;
const MIN_LEAD_WITH_ACCENTS = 0.05;
/* Share of trigrams a real language reaches; mashed keys stay below it. */
const MIN_LANGUAGE_COVERAGE = 0.25;
/*
 * The profiles hold only each language's 300 commonest trigrams, so real but
 * uncommon words can fall below MIN_LANGUAGE_COVERAGE too ("the quick brown
 * fox" reaches 0.21). Between the two limits only a word nobody could say
 * (four consonants in a row, or no vowel at all) makes the text gibberish.
 */
const SURELY_GIBBERISH_COVERAGE = 0.15;
const UNPRONOUNCEABLE = /[^aeiouy]{4}|^[^aeiouy]{3,}$/;

/**
 * @param englishSamples the bot's training utterances: their words count as
 * known English. Their trigrams are deliberately not added to the English
 * profile: several hundred sentences cover so many trigrams that any text
 * would then read as English (the very problem of nlp.js's guesser).
 */
export function createLanguageJudge(englishSamples: readonly string[]): LanguageJudge {
  const { profiles } = ProfilesFileSchema.parse(profilesFile);
  const english = new Set(splitProfile(profiles.eng ?? ''));
  const knownWords = new Set(englishSamples.flatMap(wordsOf));
  const others = Object.entries(profiles)
    .filter(([code]) => code !== 'eng')
    .map(([, profile]) => new Set(splitProfile(profile)));

  const knownShare = (words: string[]): number =>
    words.length === 0 ? 0 : words.filter((w) => knownWords.has(w)).length / words.length;

  const coverage = (trigrams: string[], profile: ReadonlySet<string>): number =>
    trigrams.length === 0 ? 0 : trigrams.filter((t) => profile.has(t)).length / trigrams.length;

  return {
    isOtherLanguage(text) {
      const letters = text.match(/\p{L}/gu) ?? [];
      if (letters.length === 0) return false;
      const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
      // An English-only bot cannot read Chinese, Arabic, Cyrillic... whichever language it is.
      if (latin / letters.length < 0.5) return true;

      const words = wordsOf(text);
      if (words.length < MIN_WORDS_FOR_LATIN_GUESS || letters.length < MIN_LETTERS_FOR_LATIN_GUESS) return false;
      if (knownShare(words) >= MAX_KNOWN_WORD_SHARE) return false;
      const trigrams = trigramsOf(text);
      const englishCoverage = coverage(trigrams, english);
      const bestOther = Math.max(...others.map((profile) => coverage(trigrams, profile)));
      const minLead = /[^\p{ASCII}]/u.test(letters.join('')) ? MIN_LEAD_WITH_ACCENTS : MIN_LEAD_OVER_ENGLISH;
      return bestOther >= MIN_LANGUAGE_COVERAGE && bestOther - englishCoverage >= minLead;
    },

    isGibberish(text) {
      const words = wordsOf(text);
      if (words.length === 0) return !/\p{N}/u.test(text);
      if (knownShare(words) > 0) return false;
      const trigrams = trigramsOf(text);
      const best = Math.max(coverage(trigrams, english), ...others.map((profile) => coverage(trigrams, profile)));
      if (best < SURELY_GIBBERISH_COVERAGE) return true;
      return best < MIN_LANGUAGE_COVERAGE && words.some((word) => UNPRONOUNCEABLE.test(word));
    },
  };
}

function splitProfile(profile: string): string[] {
  return profile.includes('|') ? profile.split('|') : (profile.match(/[^]{3}/g) ?? []);
}

/*
 * Lower-case words without accents, split at anything that is not a letter.
 * Single letters are left out: the "n" of "n'est" or the "s" of "parcel's"
 * says nothing about the language.
 */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\P{L}+/u)
    .filter((word) => word.length > 1);
}

/* The same trigrams nlp.js builds its profiles from: ASCII punctuation and digits become spaces, text is padded with one space. */
function trigramsOf(text: string): string[] {
  const value = ` ${text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  if (value.trim() === '') return [];
  const trigrams: string[] = [];
  for (let i = 0; i + 3 <= value.length; i += 1) trigrams.push(value.slice(i, i + 3));
  return trigrams;
}
