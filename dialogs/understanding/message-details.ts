import { findAuPhones, findEmails, type TextSpan } from '../../src/domain/contact';
import { findOrderNumber } from '../../src/domain/order-number';
import { extractContact } from '../../src/domain/verification';
import type { ContactDetail } from '../../state-machines/customer-intent';
import { maskEarlierContact } from './contact-reference';

/** The details a customer can type that the procedure uses, whatever the intent of the message. */
export interface MessageDetails {
  orderNumber: string | null;
  invalidOrderNumber: string | null;
  contact: ContactDetail | null;
}

export function readDetails(text: string, orderNumberPattern: RegExp): MessageDetails {
  const orderNumber = findOrderNumber(text, orderNumberPattern);
  return {
    orderNumber,
    invalidOrderNumber: orderNumber === null ? findOrderNumberAttempt(text) : null,
    contact: extractContact(text),
  };
}

export function hasDetails(details: MessageDetails): boolean {
  return details.orderNumber !== null || details.invalidOrderNumber !== null || details.contact !== null;
}

/*
 * One digit-bearing token as people type order numbers: "4000123456",
 * "4000 123 456", "4000-123-456", "ABC-12", "KM12345678". A letter-only
 * group may only lead ("ABC-12"), so "12345 please" stops before "please".
 */
const TOKEN = String.raw`(?:[A-Za-z]+-)?[A-Za-z]*\d[A-Za-z0-9]*(?:[ \-]\d[A-Za-z0-9]*)*`;
const AFTER_KEYWORD = new RegExp(
  String.raw`\b(?:order|ordr|oder|reference|ref)\b\s*(?:number|num|no\.?|nr|id|#)?\s*(?:is|was|:|=)?\s*#?\s*(${TOKEN})`,
  'gi',
);
const AFTER_HASH = new RegExp(String.raw`#\s?(${TOKEN})`, 'g');
const WHOLE_MESSAGE = new RegExp(String.raw`^\s*#?\s*(${TOKEN})\s*[.!?]*\s*$`);
const ANY_TOKEN = new RegExp(TOKEN, 'g');
/* Longer than any date or postcode, so it can only be meant as a reference number. */
const MIN_DIGITS_ON_ITS_OWN = 9;

/**
 * Text the customer meant as an order number that does not fit the pattern,
 * as typed (without '#'): "my order is 12345" -> "12345", "order ABC-12" ->
 * "ABC-12". Counted as an attempt: a token after "order"/"ref", after '#',
 * a message that is nothing but the token, or a token of 9 or more digits.
 * The token needs three digits or letters mixed with digits, so "my order 2
 * days ago" is no attempt. E-mail addresses and phone numbers never are.
 */
export function findOrderNumberAttempt(text: string): string | null {
  const blanked = blank(text, contactSpans(text));
  const candidates = [
    WHOLE_MESSAGE.exec(blanked)?.[1],
    ...[...blanked.matchAll(AFTER_KEYWORD)].map((m) => m[1]),
    ...[...blanked.matchAll(AFTER_HASH)].map((m) => m[1]),
    ...[...blanked.matchAll(ANY_TOKEN)].map((m) => m[0]).filter((t) => digitCount(t) >= MIN_DIGITS_ON_ITS_OWN),
  ];
  const attempt = candidates.find((c): c is string => c !== undefined && looksLikeReference(c));
  return attempt?.trim() ?? null;
}

function looksLikeReference(token: string): boolean {
  return digitCount(token) >= 3 || /[A-Za-z]/.test(token);
}

function digitCount(token: string): number {
  return token.replace(/\D/g, '').length;
}

/** Words that stand in for details, so the classifier sees "order ordernumber" whatever the number was. */
export const DETAIL_PLACEHOLDERS = ['ordernumber', 'emailaddress', 'phonenumber'] as const;

/* A lone four-digit number as NUMBER_TOKEN matches it (with the space before it), never after a "#". */
const FOUR_DIGITS = /^\s?\d{4}$/;
/* Three digits or more: short numbers ("3 to 5 days", "10 days") carry meaning for the intent and stay. */
const NUMBER_TOKEN = new RegExp(String.raw`#?\s?${TOKEN}`, 'g');

/**
 * The message with e-mail addresses, phone numbers and reference-like
 * numbers replaced by placeholder words. Training utterances go through the
 * same function, so the classifier learns "my email is emailaddress", not
 * one particular address. With `keepPostcodes`, a lone four-digit number stays
 * as typed, for reading a postcode ("how long to 0872?"); the classifier
 * always gets it masked.
 */
export function maskDetails(text: string, options: { keepPostcodes?: boolean } = {}): string {
  const replacements: Array<TextSpan & { word: string }> = [
    ...findEmails(text).map((span) => ({ ...span, word: 'emailaddress' })),
    ...findAuPhones(text).map((span) => ({ start: span.start, end: span.end, word: 'phonenumber' })),
  ];
  let masked = '';
  let index = 0;
  for (const span of [...replacements].sort((a, b) => a.start - b.start)) {
    if (span.start < index) continue;
    masked += `${text.slice(index, span.start)} ${span.word} `;
    index = span.end;
  }
  masked += text.slice(index);
  const kept = options.keepPostcodes === true ? FOUR_DIGITS : null;
  masked = masked.replace(NUMBER_TOKEN, (token) => (digitCount(token) >= 3 && !kept?.test(token) ? ' ordernumber ' : token));
  const attempt = findOrderNumberAttempt(text);
  if (attempt !== null) masked = masked.replace(attempt, ' ordernumber ');
  masked = maskEarlierContact(masked, 'emailaddress');
  for (const [label, placeholder] of DETAIL_LABELS) masked = masked.replace(label, ` ${placeholder} `);
  return masked.replace(/\s+/g, ' ').trim();
}

/*
 * The words that label a detail go with it, typos included: "ordr no
 * 4000123473" is a detail, and a stray "no" left behind reads as a refusal.
 */
const DETAIL_LABELS: ReadonlyArray<[RegExp, (typeof DETAIL_PLACEHOLDERS)[number]]> = [
  [/\b(?:(?:my|the|your)\s+)?(?:(?:order|ordr|oder|orde|odrer|ordder)\s*)?(?:number|numb|num|no\.?|nr|#|ref(?:erence)?)?\s*(?:is\s*|:\s*|=\s*)?ordernumber\b/gi, 'ordernumber'],
  [/\b(?:(?:try|use|check)\s+)?(?:(?:my|the)\s+)?(?:e-?mail|emial|email address)\s*(?:address\s*)?(?:then\s*|instead\s*)?(?:is\s*|:\s*|,\s*)?emailaddress\b/gi, 'emailaddress'],
  [/\b(?:(?:try|use|check)\s+)?(?:(?:my|the)\s+)?(?:phone|mobile|mob|ph|cell|number)\s*(?:number\s*|no\.?\s*)?(?:then\s*|instead\s*)?(?:is\s*|:\s*|,\s*)?phonenumber\b/gi, 'phonenumber'],
];

const PLACEHOLDER_WORDS = new RegExp(`\\b(?:${DETAIL_PLACEHOLDERS.join('|')})\\b`, 'g');

/**
 * True when a message, once through maskDetails, is placeholders and punctuation only: details aside, it
 * says nothing ("4000123456 sam@example.com", "#4000-123-456."). Takes the masked text, which the reader has anyway.
 */
export function isOnlyPlaceholders(masked: string): boolean {
  const rest = masked.replace(PLACEHOLDER_WORDS, '');
  return rest !== masked && !/[\p{L}\p{N}]/u.test(rest);
}

function contactSpans(text: string): TextSpan[] {
  return [...findEmails(text), ...findAuPhones(text)];
}

function blank(text: string, spans: TextSpan[]): string {
  const chars = text.split('');
  for (const span of spans) {
    for (let i = span.start; i < span.end; i += 1) chars[i] = ' ';
  }
  return chars.join('');
}
