/*
 * "hmm actually wait its unit 4 not 3" while an address is read back: one
 * number of it corrected, not a new address. Only a number that stands once
 * in the address as a whole is replaced; anything less clear is left for
 * the customer to type again.
 */
const PART = String.raw`(?:(?:unit|apartment|apt|flat|number|no\.?|level|lot|house)\s+)?`;
const CORRECTION = new RegExp(String.raw`\b${PART}(\d+[a-z]?)\s*,?\s+(?:not|instead of|rather than)\s+${PART}(\d+[a-z]?)\b`, 'i');

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The address with the corrected number in place; null when the message corrects nothing in it plainly. */
export function correctedAddress(address: string, text: string): string | null {
  const match = CORRECTION.exec(text);
  const [, right, wrong] = match ?? [];
  if (right === undefined || wrong === undefined || right.toLowerCase() === wrong.toLowerCase()) return null;
  const standalone = new RegExp(String.raw`(^|[^\p{L}\p{N}])${escapeForPattern(wrong)}(?=[^\p{L}\p{N}]|$)`, 'giu');
  const places = address.match(standalone) ?? [];
  if (places.length !== 1) return null;
  return address.replace(standalone, (_, before: string) => `${before}${right}`);
}
