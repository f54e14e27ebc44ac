import { z } from 'zod';
import {
  AuStateSchema,
  CarrierCodeSchema,
  DeliveryZoneSchema,
  ShipmentStatusSchema,
  type AuState,
  type CarrierCode,
  type DeliveryZone,
  type ShipmentStatus,
} from '../../src/domain/order';
import mentionWordsFile from './mention-words.json';

/**
 * Carriers, states, places, zones, delivery speeds and order statuses a
 * message names: what general questions are about ("any Australia Post
 * delays in QLD?", "how long to Alice Springs?", "what does picking mean?").
 */
const Words = z.array(z.string().min(2));
const MentionWordsSchema = z.object({
  why: z.string(),
  carriers: z.record(CarrierCodeSchema, Words),
  states: z.record(AuStateSchema, Words),
  places: z.record(DeliveryZoneSchema, z.partialRecord(AuStateSchema, Words)),
  zones: z.record(DeliveryZoneSchema, Words),
  speeds: z.record(z.enum(['standard', 'express']), Words),
  statuses: z.record(ShipmentStatusSchema, Words),
});

export interface Mentions {
  carriers: CarrierCode[];
  states: AuState[];
  zone: DeliveryZone | null;
  speed: 'standard' | 'express' | null;
  statuses: ShipmentStatus[];
}

interface LexiconEntry<T> {
  value: T;
  pattern: RegExp;
}

/**
 * A lexicon's entries, and one pattern for all of them: most messages name
 * nothing ("4000123456 sam@example.com", "it's not here"), and one test of the
 * alternation (case-insensitive, so never narrower than its entries) answers
 * that instead of a test per word. Only when it matches are the entries tested
 * one by one, so what is found is exactly what they find.
 */
interface Lexicon<E extends LexiconEntry<unknown>> {
  entries: readonly E[];
  any: RegExp;
}

const NOT_AFTER = String.raw`(?<![\w@.])`;
const NOT_BEFORE = String.raw`(?![\w@])`;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
}

function lexiconOf<E extends LexiconEntry<unknown>>(entries: readonly E[]): Lexicon<E> {
  const alternatives = entries.map((entry) => entry.pattern.source);
  return { entries, any: new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', 'i') };
}

function lexicon<T extends string>(entries: Partial<Record<T, string[]>>): Lexicon<LexiconEntry<T>> {
  return lexiconOf(
    Object.entries<string[] | undefined>(entries).flatMap(([value, words]) =>
      (words ?? []).map((word) => ({ value: value as T, pattern: new RegExp(`${NOT_AFTER}${escape(word)}${NOT_BEFORE}`, 'i') })),
    ),
  );
}

function matching<E extends LexiconEntry<unknown>>(text: string, lexicon: Lexicon<E>): E[] {
  return lexicon.any.test(text) ? lexicon.entries.filter((entry) => entry.pattern.test(text)) : [];
}

function found<T>(text: string, lexicon: Lexicon<LexiconEntry<T>>): T[] {
  return [...new Set(matching(text, lexicon).map((entry) => entry.value))];
}

const words = MentionWordsSchema.parse(mentionWordsFile);
const CARRIERS = lexicon<CarrierCode>(words.carriers);
const STATES = lexicon<AuState>(words.states);
const ZONES = lexicon<DeliveryZone>(words.zones);
const SPEEDS = lexicon<'standard' | 'express'>(words.speeds);
const STATUSES = lexicon<ShipmentStatus>(words.statuses);
/* "SA" and "WA" are also everyday words only in upper case; in lower case "wa" is rarely anything else in a delivery chat. */
const UPPER_CASE_STATES = lexiconOf<LexiconEntry<AuState>>([{ value: 'SA', pattern: /\bSA\b/ }]);
const PLACES = lexiconOf(
  Object.entries(words.places).flatMap(([zone, byState]) =>
    lexicon<AuState>(byState).entries.map((entry) => ({ ...entry, zone: DeliveryZoneSchema.parse(zone) })),
  ),
);
/* Each carrier name for replacing every occurrence, compiled once rather than per message. */
const EVERY_CARRIER_NAME = CARRIERS.entries.map((entry) => new RegExp(entry.pattern.source, 'gi'));

/** The text with every carrier name replaced by `by`. */
function replaceCarriers(text: string, by: string): string {
  return CARRIERS.any.test(text) ? EVERY_CARRIER_NAME.reduce((rest, name) => rest.replace(name, by), text) : text;
}

/**
 * Carrier names as the one word "courier": "Team Global Express" must not
 * read as express delivery, and "what's StarTrack's number" is the same
 * question whichever carrier it names.
 */
export function maskCarriers(text: string): string {
  return replaceCarriers(text, 'courier');
}

/**
 * Reads a message whose e-mails, phones and order numbers are already masked
 * (message-details.ts), so their digits are never taken for a postcode.
 * `zoneOfPostcode` is the deployment's postcode table (src/domain/delivery-zone.ts).
 */
export function readMentions(maskedText: string, zoneOfPostcode: (postcode: string) => DeliveryZone): Mentions {
  const carriers = found(maskedText, CARRIERS);
  // "Team Global Express" is a carrier, not a delivery speed.
  const text = replaceCarriers(maskedText, ' ');
  const places = matching(text, PLACES);
  // A four-digit number that reads as an Australian postcode ("how long to 0872?").
  const postcode = /(?<![\d-])(?:0[89]\d{2}|[1-7]\d{3})(?![\d-])/.exec(text)?.[0] ?? null;
  const placeZone = places[0]?.zone ?? null;
  // The zone a customer names outranks one we infer from a place; a postcode is the most precise of all.
  const zone = postcode !== null ? zoneOfPostcode(postcode) : (found(text, ZONES)[0] ?? placeZone);
  return {
    carriers,
    states: [...new Set([...found(text, STATES), ...found(text, UPPER_CASE_STATES), ...places.map((p) => p.value)])],
    zone,
    speed: found(text, SPEEDS)[0] ?? null,
    statuses: found(text, STATUSES),
  };
}
