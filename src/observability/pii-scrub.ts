/**
 * Free text (customer messages, error messages that quote input) can carry
 * what logs must not: e-mail addresses, phone numbers, street addresses and
 * names the customer introduces themselves with. Each is replaced by a marker
 * saying what was there. Order numbers, carriers and tracking numbers stay:
 * they are what support needs to find a conversation again.
 */
const EMAIL = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Australian numbers in their usual forms: 0412 345 678, (02) 9876 5432, +61 412 345 678, 61412345678. */
const AU_PHONE = /(?:\+?61[\s-]?\(?0?|\(?\b0)[2-478]\)?(?:[\s-]?\d){8}\b/g;
const STREET_TYPES =
  'street|st|road|rd|avenue|ave|drive|dr|court|ct|crescent|cres|place|pl|parade|pde|lane|ln|way|terrace|tce|highway|hwy|boulevard|blvd|close|cl|circuit|cct|grove|gr';
/** "12 Smith St", "Unit 4/27 Ocean Parade": a number, up to four words, a street type. */
const STREET_ADDRESS = new RegExp(`\\b(?:unit\\s+)?\\d+[a-z]?(?:\\/\\d+[a-z]?)?\\s+(?:[a-z'-]+\\s+){1,4}(?:${STREET_TYPES})\\b\\.?`, 'gi');
/*
 * "my name is Priya Sharma", "My name is priya", "I'm Noah", "this is Sam Nguyen": the lead in any case
 * (people type "My" and "I'm"), then one or two words. After "my name is" any word is a name; after
 * "I'm" or "this is" only a capitalised one ("I'm waiting" and "this is ridiculous" stay as they are).
 */
const SELF_INTRODUCTION = /\b(my name is|my name's|name's|i am|i'm|im|this is|it's|its)\s+([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?/gi;
const NAMES_ANY_WORD = /name/i;
const isCapitalised = (word: string): boolean => /^[A-Z]/.test(word);

/* Words that follow a first name without being a surname: "my name is priya and my parcel is late". */
const NOT_A_SURNAME = new Set(['and', 'but', 'or', 'so', 'my', 'i', 'im', "i'm", 'the', 'from', 'here', 'with', 'is', 'was', 'order', 'email', 'phone', 'thanks', 'hi', 'hey', 'please', 'pls', 'at', 'in', 'on', 'of', 'for', 'to']);

function scrubIntroduction(match: string, lead: string, first: string, second: string | undefined): string {
  const named = NAMES_ANY_WORD.test(lead);
  if (!named && !isCapitalised(first)) return match;
  // A second word is a surname when capitalised, or after "my name is" when it is no everyday word.
  const surname = second !== undefined && (isCapitalised(second) || (named && !NOT_A_SURNAME.has(second.toLowerCase())));
  return second === undefined || surname ? `${lead} [name]` : `${lead} [name] ${second}`;
}

export function scrubText(text: string): string {
  if (text.length === 0) return text;
  return text
    .replace(EMAIL, '[email]')
    .replace(AU_PHONE, '[phone]')
    .replace(STREET_ADDRESS, '[address]')
    .replace(SELF_INTRODUCTION, scrubIntroduction);
}

const MAX_DEPTH = 8;

/** Fields whose whole value is personal, censored (not scrubbed) when found within `depth` levels of the record. */
export interface PersonalFields {
  names: ReadonlySet<string>;
  depth: number;
  censor: string;
}

const NO_PERSONAL_FIELDS: PersonalFields = { names: new Set(), depth: 0, censor: '' };

/**
 * Every string in a log record, scrubbed; errors become plain objects of their
 * type, message and stack; fields named in `personal` are censored whole. One
 * walk does both: the wildcard paths of pino's `redact` (`*.email`, `*.*.email`)
 * cost more than the rest of a log line (each value goes through every path).
 */
export function scrubValue(value: unknown, personal: PersonalFields = NO_PERSONAL_FIELDS, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, personal, depth + 1));
  if (value instanceof Error) {
    return { type: value.name, message: scrubText(value.message), stack: scrubText(value.stack ?? '') };
  }
  const scrubbed: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    scrubbed[key] = depth < personal.depth && personal.names.has(key) ? personal.censor : scrubValue(field, personal, depth + 1);
  }
  return scrubbed;
}
