/*
 * A street address as customers type one: "14 Riley St, Surry Hills NSW
 * 2010", "unit 3/210 crown st", "should be 18 Foveaux St". Kept as typed
 * (tidied): the team updating the order reads it, not a geocoder.
 */
const STREET_TYPES = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'drive', 'dr', 'court', 'ct', 'crescent', 'cres', 'place', 'pl',
  'lane', 'ln', 'parade', 'pde', 'highway', 'hwy', 'boulevard', 'blvd', 'way', 'terrace', 'tce', 'close', 'cl', 'circuit',
  'cct', 'grove', 'gr', 'square', 'sq', 'esplanade', 'esp', 'walk', 'rise', 'mews', 'row', 'loop', 'quay', 'track', 'circle',
];
const UNIT = String.raw`(?:(?:unit|u|apt|apartment|flat|shop|suite|level|lvl)\s*\d+[a-z]?\s*[,/]?\s*)`;
const NUMBER = String.raw`(?:\d+[a-z]?\s*\/\s*)?\d+[a-z]?(?:\s*-\s*\d+[a-z]?)?`;
const STREET = String.raw`[a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,3}?\s+(?:${STREET_TYPES.join('|')})\b\.?`;
const START = new RegExp(String.raw`(?:${UNIT})?${NUMBER}\s+${STREET}`, 'i');
const PO_BOX = /\b(?:po|p\.o\.|post office)\s*box\s+\d+/i;
/* What follows an address but is not part of it: "..., forgot the unit number", "... please". */
const TAIL_STOP = /\s*(?:[,;]\s*|\s+)(?:forgot|please|pls|thanks|thank|cheers|ta|not|instead|sorry|mate|if|as|because|cos|cause|and|but|i|it|that|which|where|so)\b.*$/i;
const SUBURB_STATE_POSTCODE = /^(?:[\s,]+[a-z][a-z'.-]*){0,4}(?:[\s,]+(?:nsw|vic|qld|sa|wa|tas|nt|act))?(?:[\s,]+\d{4})?/i;

/* The first sentence that holds one: "Hi! I typed the wrong number — it should be 15 Crown St ..." has it in the second. */
export function findDeliveryAddress(text: string): string | null {
  for (const sentence of text.split(/[.!?\n](?=\s|$)/)) {
    const address = addressIn(sentence);
    if (address !== null) return address;
  }
  return null;
}

function addressIn(sentence: string): string | null {
  const start = START.exec(sentence) ?? PO_BOX.exec(sentence);
  if (!start) return null;
  const after = sentence.slice(start.index + start[0].length).replace(TAIL_STOP, '');
  const rest = SUBURB_STATE_POSTCODE.exec(after)?.[0] ?? '';
  const address = `${start[0]}${rest}`.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ').trim().replace(/[,\s]+$/, '');
  return address.length >= 6 && address.length <= 200 ? address : null;
}
