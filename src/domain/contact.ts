import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/** A piece of free text recognised as something, with its [start, end) span so callers can skip it. */
export type TextSpan = { start: number; end: number };
export type EmailMatch = TextSpan & { value: string };
export type PhoneMatch = TextSpan & { e164: string };

const EmailSchema = z.email();

/** Trimmed, lower-cased e-mail address, or null when it is not a plausible address. */
export function normaliseEmail(raw: string): string | null {
  const candidate = raw.trim().toLowerCase();
  return EmailSchema.safeParse(candidate).success ? candidate : null;
}

/*
 * Finds address-shaped text; zod has the final word on validity. The local
 * part may not start with an apostrophe so that "'sam@example.com'" yields the
 * address without the quote, and the domain must end in letters so that a
 * full stop ending the sentence is left out.
 */
const EMAIL_IN_TEXT =
  /(?<![A-Za-z0-9_+.\-])[A-Za-z0-9_+-](?:[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

export function findEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  for (const match of text.matchAll(EMAIL_IN_TEXT)) {
    const value = normaliseEmail(match[0]);
    if (value !== null) found.push({ value, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export function findEmail(text: string): string | null {
  return findEmails(text)[0]?.value ?? null;
}

/**
 * E.164 form of a phone number given on its own (an order's phone field, or a
 * message that is nothing but a number). National numbers are read as
 * Australian, so 0412 345 678, 412 345 678, 61412345678 and +61 412 345 678
 * all give +61412345678; 1300, 1800 and 13 numbers are valid Australian
 * numbers and are accepted. Full metadata is used so that validity is judged
 * on the number ranges, not only on length.
 */
export function normaliseAuPhone(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), { defaultCountry: 'AU', extract: false });
  return parsed?.isValid() ? parsed.number : null;
}

/*
 * Inside a sentence a number only counts as a phone number when it is written
 * like one: with the trunk prefix 0 ("0412 345 678", "(02) 9876 5432") or an
 * international "+". Bare digit strings are left alone because order numbers
 * are bare digit strings: 4000123456 must stay an order number, and 400012345
 * (a valid mobile without its 0) or 61412345678 (a valid mobile with its
 * country code but no "+") are more likely order numbers than phones. For the
 * same reason 1300/1800/13 numbers are not taken as phones in free text.
 *
 * libphonenumber's own text finder is not used for the spans: it misses a
 * phone that follows other digits ("4000123456 0412 345 678") and can report a
 * span running past a comma into the next number ("+61412345678,4000123456"),
 * which would swallow an order number. So the shape is found here, and
 * libphonenumber decides whether the digits are a real number.
 * '#' before the digits marks an order number, never a phone.
 */
const PHONE_SHAPED = /(?<![\p{L}\p{N}_+#])(?:\+|\(?0)[\d \u00a0.()\-\u2010-\u2015]*\d(?!\d)/gu;
const DIGIT = /\d/;

export function findAuPhones(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  for (const match of text.matchAll(PHONE_SHAPED)) {
    const e164AndLength = longestValidPrefix(match[0]);
    if (e164AndLength === null) continue;
    const start = match.index;
    found.push({ e164: e164AndLength.e164, start, end: start + e164AndLength.length });
  }
  return found;
}

/** The first phone number written as such in the text, or null. */
export function findAuPhone(text: string): PhoneMatch | null {
  return findAuPhones(text)[0] ?? null;
}

/*
 * A greedy shape can run into a following number ("0412 345 678 4000123456"),
 * so prefixes ending at a digit-group boundary are tried, longest first.
 */
function longestValidPrefix(shape: string): { e164: string; length: number } | null {
  const ends: number[] = [];
  for (let i = 1; i <= shape.length; i += 1) {
    const endsGroup = i === shape.length || !DIGIT.test(shape.charAt(i));
    if (DIGIT.test(shape.charAt(i - 1)) && endsGroup) ends.push(i);
  }
  for (const end of ends.reverse()) {
    const e164 = phoneFromShape(shape.slice(0, end));
    if (e164 !== null) return { e164, length: end };
  }
  return null;
}

function phoneFromShape(shape: string): string | null {
  const digits = shape.replace(/\D/g, '');
  // The shortest real numbers written with a 0 or + are landlines and mobiles: 10 digits nationally.
  if (digits.length < 9) return null;
  return normaliseAuPhone(shape);
}
