import { carrierInfo, carrierTrackingLink } from '../src/domain/carriers';
import { AU_STATES, type AuState } from '../src/domain/order';
import { TRACKING_GRACE_HOURS } from '../src/domain/shipment-conditions';
import { timeZoneOf } from '../src/domain/state-time-zones';

/**
 * How an order view is kept in a saved conversation: the same field names,
 * without what can be worked out again. Absent means null (or false, none,
 * home delivery, one item, no window for a settled parcel), Kmart and Target
 * as sellers and a carrier known to us are kept as a code, and a
 * tracking link, time zone, tracking-expected time or scan age that follows
 * from the carrier, state, dispatch or last scan is left out; each only when
 * working it out gives exactly the value it had. A three-parcel order
 * goes from 2.7 KB to under 1 KB; the machine and every reader still see the
 * whole view, because loading puts the missing parts back (a whole view, as
 * older snapshots hold, loads unchanged).
 */
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAuState = (value: unknown): value is AuState => typeof value === 'string' && (AU_STATES as readonly string[]).includes(value);

const ORDER_NULLABLE = ['firstName', 'deliverySpeed', 'zone', 'collectionStore'] as const;
const SHIPMENT_NULLABLE = ['carrier', 'trackingNumber', 'dispatchedAt', 'deliveredAt', 'readyForCollectionAt', 'lastScan', 'proofOfDelivery'] as const;
const CONDITION_FLAGS = ['noTrackingYet', 'trackingNotUpdating', 'delayed', 'delivered'] as const;

function withoutNulls(record: Json, keys: readonly string[]): Json {
  const kept = { ...record };
  for (const key of keys) if (kept[key] === null) delete kept[key];
  return kept;
}

function withNulls(record: Json, keys: readonly string[]): Json {
  const filled = { ...record };
  for (const key of keys) if (!(key in filled)) filled[key] = null;
  return filled;
}

function carrierCode(carrier: unknown): string | null {
  return isRecord(carrier) && typeof carrier.code === 'string' ? carrier.code : typeof carrier === 'string' ? carrier : null;
}

function packCarrier(carrier: unknown): unknown {
  if (!isRecord(carrier) || typeof carrier.code !== 'string') return carrier;
  const known = carrierInfo(carrier.code);
  return known && known.code === carrier.code && known.name === carrier.name && known.helpPhone === carrier.helpPhone ? carrier.code : carrier;
}

function unpackCarrier(carrier: unknown): unknown {
  if (typeof carrier !== 'string') return carrier;
  const info = carrierInfo(carrier);
  return info ? { code: info.code, name: info.name, helpPhone: info.helpPhone } : null;
}

function derivedLink(shipment: Json): string | null {
  return carrierTrackingLink(carrierCode(shipment.carrier), typeof shipment.trackingNumber === 'string' ? shipment.trackingNumber : null);
}

function packWindow(window: unknown): unknown {
  if (!isRecord(window)) return window;
  const packed = { ...window };
  if (isAuState(packed.state) && packed.timeZone === timeZoneOf(packed.state)) delete packed.timeZone;
  if (packed.carrierDelayBusinessDays === 0) delete packed.carrierDelayBusinessDays;
  return packed;
}

function unpackWindow(window: unknown): unknown {
  if (!isRecord(window)) return window;
  const unpacked = { ...window };
  if (isAuState(unpacked.state) && !('timeZone' in unpacked)) unpacked.timeZone = timeZoneOf(unpacked.state);
  if (unpacked.kind === 'business_days' && !('carrierDelayBusinessDays' in unpacked)) unpacked.carrierDelayBusinessDays = 0;
  return unpacked;
}

const HOUR_MS = 3_600_000;

/** Dispatch plus the default grace; a deployment with another grace keeps its own value. */
function defaultExpectedBy(shipment: Json): string | null {
  return typeof shipment.dispatchedAt === 'string' ? new Date(Date.parse(shipment.dispatchedAt) + TRACKING_GRACE_HOURS * HOUR_MS).toISOString() : null;
}

/** Whole hours from the last scan to the assessment, as the view counts them (when the scan is the last event). */
function scanAge(shipment: Json, assessedAt: unknown): number | null {
  const lastScanAt = isRecord(shipment.lastScan) ? shipment.lastScan.at : undefined;
  if (typeof lastScanAt !== 'string' || typeof assessedAt !== 'string') return null;
  return Math.trunc((Date.parse(assessedAt) - Date.parse(lastScanAt)) / HOUR_MS);
}

function packConditions(conditions: unknown, shipment: Json, assessedAt: unknown): unknown {
  if (!isRecord(conditions)) return conditions;
  const packed = { ...conditions };
  if (packed.trackingExpectedBy === defaultExpectedBy(shipment)) delete packed.trackingExpectedBy;
  if (packed.hoursSinceLastScan === scanAge(shipment, assessedAt)) delete packed.hoursSinceLastScan;
  if (packed.collectionDaysWaiting === null) delete packed.collectionDaysWaiting;
  for (const flag of CONDITION_FLAGS) if (packed[flag] === false) delete packed[flag];
  return packed;
}

function unpackConditions(conditions: unknown, shipment: Json, assessedAt: unknown): unknown {
  if (!isRecord(conditions)) return conditions;
  const unpacked = { ...conditions };
  if (!('trackingExpectedBy' in unpacked)) unpacked.trackingExpectedBy = defaultExpectedBy(shipment);
  if (!('hoursSinceLastScan' in unpacked)) unpacked.hoursSinceLastScan = scanAge(shipment, assessedAt);
  if (!('collectionDaysWaiting' in unpacked)) unpacked.collectionDaysWaiting = null;
  for (const flag of CONDITION_FLAGS) if (!(flag in unpacked)) unpacked[flag] = false;
  return unpacked;
}

/** Kmart and Target ship under their own names; a seller saved as its bare type is one of those. */
const OWN_NAMES: Json = { kmart: 'Kmart', target: 'Target' };

const packSeller = (seller: unknown): unknown =>
  isRecord(seller) && typeof seller.type === 'string' && OWN_NAMES[seller.type] === seller.name ? seller.type : seller;
const unpackSeller = (seller: unknown): unknown =>
  typeof seller === 'string' ? { type: seller, name: OWN_NAMES[seller] ?? seller } : seller;

/** A parcel in the customer's hands, waiting for them or gone has no window, for that very reason. */
const isSettledWindow = (window: unknown, status: unknown): boolean =>
  isRecord(window) && window.kind === 'none' && window.reason === status && Object.keys(window).length === 2;

function packShipment(shipment: unknown, assessedAt: unknown): unknown {
  if (!isRecord(shipment)) return shipment;
  const packed = withoutNulls(shipment, SHIPMENT_NULLABLE);
  if (shipment.trackingLink === derivedLink(shipment)) delete packed.trackingLink;
  if ('carrier' in packed) packed.carrier = packCarrier(packed.carrier);
  packed.seller = packSeller(packed.seller);
  if (isSettledWindow(packed.window, packed.status)) delete packed.window;
  else packed.window = packWindow(packed.window);
  packed.conditions = packConditions(packed.conditions, shipment, assessedAt);
  if (isRecord(packed.conditions) && Object.keys(packed.conditions).length === 0) delete packed.conditions;
  if (isRecord(packed.proofOfDelivery) && packed.proofOfDelivery.url === null) packed.proofOfDelivery = withoutNulls(packed.proofOfDelivery, ['url']);
  if (Array.isArray(packed.alerts) && packed.alerts.length === 0) delete packed.alerts;
  if (Array.isArray(packed.items)) packed.items = packed.items.map((item) => (isRecord(item) && item.quantity === 1 ? { name: item.name } : item));
  return packed;
}

function unpackShipment(shipment: unknown, assessedAt: unknown): unknown {
  if (!isRecord(shipment)) return shipment;
  const unpacked = withNulls(shipment, SHIPMENT_NULLABLE);
  unpacked.carrier = unpackCarrier(unpacked.carrier);
  if (!('trackingLink' in unpacked)) unpacked.trackingLink = derivedLink(unpacked);
  unpacked.seller = unpackSeller(unpacked.seller);
  unpacked.window = 'window' in unpacked ? unpackWindow(unpacked.window) : { kind: 'none', reason: unpacked.status };
  unpacked.conditions = unpackConditions(unpacked.conditions ?? {}, unpacked, assessedAt);
  if (isRecord(unpacked.proofOfDelivery)) unpacked.proofOfDelivery = withNulls(unpacked.proofOfDelivery, ['url']);
  if (!('alerts' in unpacked)) unpacked.alerts = [];
  if (Array.isArray(unpacked.items)) unpacked.items = unpacked.items.map((item) => (isRecord(item) && !('quantity' in item) ? { ...item, quantity: 1 } : item));
  return unpacked;
}

/** The order view as it is saved (see above); anything that is not an order view passes through. */
export function packOrderView(view: unknown): unknown {
  if (!isRecord(view)) return view;
  const packed = withoutNulls(view, ORDER_NULLABLE);
  if (packed.fulfilment === 'home_delivery') delete packed.fulfilment;
  if (Array.isArray(view.shipments)) packed.shipments = view.shipments.map((shipment) => packShipment(shipment, view.assessedAt));
  return packed;
}

/** The whole order view back from its saved form, for the schema to check. */
export function unpackOrderView(stored: unknown): unknown {
  if (!isRecord(stored)) return stored;
  const unpacked = withNulls(stored, ORDER_NULLABLE);
  if (!('fulfilment' in unpacked)) unpacked.fulfilment = 'home_delivery';
  if (Array.isArray(stored.shipments)) unpacked.shipments = stored.shipments.map((shipment) => unpackShipment(shipment, stored.assessedAt));
  return unpacked;
}
