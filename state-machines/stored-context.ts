import { packOrderView, unpackOrderView } from './stored-order-view';
import { initialContext } from './support-context';

/**
 * How the procedure's context is kept in a saved conversation: what still has
 * its starting value is left out, the contact details given and last used are
 * kept once when they are the verified one, topic buttons are kept as their
 * topic, and the order view in its own compact form (stored-order-view.ts).
 * Loading puts everything back before the schema checks it, so the machine
 * and every reader see the whole context; a whole context loads unchanged.
 */
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const DEFAULTS: Json = { ...initialContext({ conversationId: null }) };
/** A contact detail that is the same as the verified one; a real contact detail is an object, never this string. */
const SAME_AS_VERIFIED = 'verifiedContact';
const CONTACT_COPIES = ['contact', 'lastContact'] as const;

function isDefault(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(value) && Array.isArray(fallback)) return value.length === 0 && fallback.length === 0;
  return value === fallback;
}

function sameContact(a: unknown, b: unknown): boolean {
  return isRecord(a) && isRecord(b) && a.kind === b.kind && a.value === b.value;
}

const packOffer = (offer: unknown): unknown => (isRecord(offer) && offer.kind === 'topic' && Object.keys(offer).length === 2 ? offer.topic : offer);
const unpackOffer = (offer: unknown): unknown => (typeof offer === 'string' ? { kind: 'topic', topic: offer } : offer);

export function packContext(context: unknown): unknown {
  if (!isRecord(context)) return context;
  const packed: Json = {};
  for (const [key, value] of Object.entries(context)) {
    if (key !== 'conversationId' && key in DEFAULTS && isDefault(value, DEFAULTS[key])) continue;
    packed[key] = value;
  }
  for (const key of CONTACT_COPIES) {
    if (key in packed && sameContact(packed[key], context.verifiedContact)) packed[key] = SAME_AS_VERIFIED;
  }
  if ('order' in packed) packed.order = packOrderView(packed.order);
  if (Array.isArray(packed.offers)) packed.offers = packed.offers.map(packOffer);
  return packed;
}

export function unpackContext(stored: unknown): unknown {
  if (!isRecord(stored)) return stored;
  const unpacked: Json = { ...DEFAULTS, ...stored };
  for (const key of CONTACT_COPIES) {
    if (unpacked[key] === SAME_AS_VERIFIED) unpacked[key] = unpacked.verifiedContact;
  }
  unpacked.order = unpackOrderView(unpacked.order);
  if (Array.isArray(unpacked.offers)) unpacked.offers = unpacked.offers.map(unpackOffer);
  return unpacked;
}
