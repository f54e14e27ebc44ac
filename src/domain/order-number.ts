import { findAuPhones, findEmails, type TextSpan } from './contact';

export const DEFAULT_ORDER_NUMBER_PATTERN_SOURCE = '^\\d{8,12}$';

/**
 * The order-number RegExp from its configured source (ORDER_NUMBER_PATTERN).
 * The source is always wrapped as a whole-string match, so "\d{8,12}" and
 * "^\d{8,12}$" mean the same and an alternation like "\d{10}|KM\d{8}" cannot
 * match half a string.
 */
export function orderNumberPattern(source: string = DEFAULT_ORDER_NUMBER_PATTERN_SOURCE): RegExp {
  return new RegExp(`^(?:${source})$`);
}

export const DEFAULT_ORDER_NUMBER_PATTERN = orderNumberPattern();

/*
 * A caller may hand in a global or sticky RegExp, whose test() remembers
 * lastIndex between calls; a fresh, whole-string copy gives the same answer
 * every time.
 */
function fullMatcher(pattern: RegExp): (candidate: string) => boolean {
  const matcher = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
  return (candidate) => matcher.test(candidate);
}

const SEPARATORS = /[\s\-\u2010-\u2015]/g;

/** Upper case without spaces, dashes or a leading '#'; null if that does not match the pattern. */
export function normaliseOrderNumber(raw: string, pattern: RegExp = DEFAULT_ORDER_NUMBER_PATTERN): string | null {
  const compact = raw.replace(SEPARATORS, '').replace(/^#/, '').toUpperCase();
  return compact !== '' && fullMatcher(pattern)(compact) ? compact : null;
}

/**
 * The order number inside a customer's message, or null.
 *
 * Phone numbers, e-mail addresses, dates and postcodes are blanked out first
 * so their digits can never be read as an order number. What is left is read
 * as runs of letter/digit groups joined by a single space or dash
 * ("#4000-123-456", "4000 123 456"); a '#' can only open a run. Runs opened by
 * '#' are tried first, then the others in the order they were typed.
 */
export function findOrderNumber(text: string, pattern: RegExp = DEFAULT_ORDER_NUMBER_PATTERN): string | null {
  const matches = fullMatcher(pattern);
  const runs = groupRuns(blankOut(text, spansToSkip(text)));
  const ordered = [...runs.filter((run) => run.hashed), ...runs.filter((run) => !run.hashed)];
  for (const run of ordered) {
    const found = bestCandidate(run.groups, matches);
    if (found !== null) return found;
  }
  return null;
}

type Run = { hashed: boolean; groups: string[] };

const JOINER = String.raw`(?:[ \u00a0]?[\-\u2010-\u2015][ \u00a0]?|[ \u00a0])`;
const RUN = new RegExp(String.raw`#?[A-Za-z0-9]+(?:${JOINER}[A-Za-z0-9]+)*`, 'g');
const GROUP = /[A-Za-z0-9]+/g;

function groupRuns(text: string): Run[] {
  return [...text.matchAll(RUN)].map((match) => ({
    hashed: match[0].startsWith('#'),
    groups: (match[0].match(GROUP) ?? []).map((group) => group.toUpperCase()),
  }));
}

/*
 * Which groups of a run make the order number, when more than one reading
 * fits (the default pattern takes 8 to 12 digits, so a neighbouring number
 * glued on often still fits):
 *  1. a group that matches on its own: someone who typed "4000123456 2 items"
 *     or "2150 40001234" typed the order number solid;
 *  2. all consecutive digit-bearing groups together: "4000 1234 56";
 *  3. otherwise the contiguous groups with the fewest letter-only groups, then
 *     the fewest groups, then the longest, then the leftmost: "4000 123 456
 *     2150" gives 4000123456. Letter-only groups only count when the pattern
 *     needs them ("KM 1234 5678" for ^KM\d{8}$); a candidate needs a digit, so
 *     ordinary words never make an order number.
 */
function bestCandidate(groups: string[], matches: (candidate: string) => boolean): string | null {
  const single = groups.find((group) => hasDigit(group) && matches(group));
  if (single !== undefined) return single;

  for (const segment of digitBearingSegments(groups)) {
    const joined = segment.join('');
    if (segment.length > 1 && matches(joined)) return joined;
  }

  let best: { value: string; letterOnly: number; groupCount: number; start: number } | null = null;
  for (let start = 0; start < groups.length; start += 1) {
    for (let end = start + 1; end <= groups.length; end += 1) {
      const slice = groups.slice(start, end);
      const value = slice.join('');
      if (!hasDigit(value) || !matches(value)) continue;
      const candidate = { value, letterOnly: slice.filter((g) => !hasDigit(g)).length, groupCount: slice.length, start };
      if (best === null || isBetter(candidate, best)) best = candidate;
    }
  }
  return best?.value ?? null;
}

function isBetter(
  a: { value: string; letterOnly: number; groupCount: number; start: number },
  b: { value: string; letterOnly: number; groupCount: number; start: number },
): boolean {
  if (a.letterOnly !== b.letterOnly) return a.letterOnly < b.letterOnly;
  if (a.groupCount !== b.groupCount) return a.groupCount < b.groupCount;
  if (a.value.length !== b.value.length) return a.value.length > b.value.length;
  return a.start < b.start;
}

function digitBearingSegments(groups: string[]): string[][] {
  const segments: string[][] = [];
  let current: string[] = [];
  for (const group of groups) {
    if (hasDigit(group)) {
      current.push(group);
    } else if (current.length > 0) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

function hasDigit(value: string): boolean {
  return /\d/.test(value);
}

function spansToSkip(text: string): TextSpan[] {
  return [...findAuPhones(text), ...findEmails(text), ...dateSpans(text), ...postcodeSpans(text)];
}

/* '|' is neither a group character nor a joiner, so a blanked span splits runs. */
function blankOut(text: string, spans: TextSpan[]): string {
  // Span offsets are UTF-16 indices, as are split('') positions.
  const chars = text.split('');
  for (const span of spans) {
    for (let i = span.start; i < span.end; i += 1) chars[i] = '|';
  }
  return chars.join('');
}

const ISO_DATE = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g;
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;

/* Day-first and month-first both count: "11/19/2026" is as much a date to skip as "19/11/2026". */
function dateSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(ISO_DATE)) {
    if (isMonth(m[3]) && isDay(m[4])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const dayFirst = isDay(m[1]) && isMonth(m[3]);
    const monthFirst = isMonth(m[1]) && isDay(m[3]);
    if (dayFirst || monthFirst) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function isMonth(value: string | undefined): boolean {
  const n = Number(value);
  return n >= 1 && n <= 12;
}

function isDay(value: string | undefined): boolean {
  const n = Number(value);
  return n >= 1 && n <= 31;
}

/* A postcode is only recognisable by what precedes it: a state, or the word itself. */
const POSTCODE = /\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT|post ?code:?|p\/?c:?)[ ,]+(\d{4})(?!\d)/gi;

function postcodeSpans(text: string): TextSpan[] {
  return [...text.matchAll(POSTCODE)].map((m) => {
    const end = m.index + m[0].length;
    return { start: end - 4, end };
  });
}
