// One function per import: date-fns's index loads all of its ~250 functions (see delivery-window.ts).
import { addHours } from 'date-fns/addHours';
import { differenceInHours } from 'date-fns/differenceInHours';
import { isAfter } from 'date-fns/isAfter';
import { calendarDayOf, dayNumberOf, instantOf, zonedDayOf } from './calendar-days';
import type { DeliveryWindow, LocalDate } from './delivery-window-types';
import type { Order, ProofOfDelivery, Shipment, ShipmentStatus } from './order';

/** The contract: tracking can take up to 48 hours after the shipping notification to show scans. */
export const TRACKING_GRACE_HOURS = 48;

/**
 * Click & Collect orders are "usually" ready at the advertised time, so an
 * order only counts as late once it is still not ready a full day after it.
 */
export const COLLECTION_GRACE_HOURS = 24;

/**
 * Whether a carrier has scanned the parcel. The shipping notification itself
 * often appears as the first event ("Shipping information received") and as
 * lastScanAt, so only scans after dispatchedAt count.
 */
export function hasCarrierScans(shipment: Shipment): boolean {
  const dispatched = shipment.dispatchedAt === null ? null : instantOf(shipment.dispatchedAt);
  const times = [shipment.lastScanAt, ...shipment.events.map((event) => event.at)].filter(
    (time): time is string => time !== null,
  );
  return times.some((time) => dispatched === null || isAfter(instantOf(time), dispatched));
}

/** Shipped, but the customer has nothing to follow yet: no carrier, no tracking number, or no scan. */
export function hasNoTrackingYet(shipment: Shipment): boolean {
  if (shipment.status !== 'shipped') return false;
  return shipment.carrier === null || shipment.trackingNumber === null || !hasCarrierScans(shipment);
}

/** When scans should have appeared ("tracking can take up to 48 hours"); null before dispatch. */
export function trackingExpectedBy(shipment: Shipment, graceHours: number = TRACKING_GRACE_HOURS): Date | null {
  return shipment.dispatchedAt === null ? null : addHours(instantOf(shipment.dispatchedAt), graceHours);
}

/** Still nothing to track once the grace period after dispatch has passed: time to look into it. */
export function isTrackingOverdue(shipment: Shipment, now: Date, graceHours: number = TRACKING_GRACE_HOURS): boolean {
  const expectedBy = trackingExpectedBy(shipment, graceHours);
  return hasNoTrackingYet(shipment) && expectedBy !== null && isAfter(now, expectedBy);
}

/** Whole hours since the newest carrier scan (rounded down); null without a scan. */
export function hoursSinceLastScan(shipment: Shipment, now: Date): number | null {
  return shipment.lastScanAt === null ? null : differenceInHours(now, instantOf(shipment.lastScanAt));
}

/**
 * In transit, scanned at least once, and the newest scan is more than
 * graceHours old. A parcel never scanned at all is hasNoTrackingYet /
 * isTrackingOverdue instead, so the two branches do not overlap.
 */
export function isTrackingNotUpdating(shipment: Shipment, now: Date, graceHours: number = TRACKING_GRACE_HOURS): boolean {
  if (shipment.status !== 'shipped' && shipment.status !== 'out_for_delivery') return false;
  if (shipment.lastScanAt === null || !hasCarrierScans(shipment)) return false;
  return isAfter(now, addHours(instantOf(shipment.lastScanAt), graceHours));
}

const FINISHED: readonly ShipmentStatus[] = ['delivered', 'collected', 'cancelled'];

/**
 * Past the promised window and not finished.
 * - business_days: the delivery state's local date is after window.to (the
 *   last expected day counts in full, in that state's time zone). A parcel
 *   waiting at a pickup point (ready_to_collect) has arrived, so it is not
 *   delayed either.
 * - collection: still not ready COLLECTION_GRACE_HOURS after readyFrom.
 * - seller_timeframe / none: false; the seller's timeframe is unknown to us.
 */
export function isDelayed(
  shipment: Shipment,
  window: DeliveryWindow,
  now: Date,
  collectionGraceHours: number = COLLECTION_GRACE_HOURS,
): boolean {
  if (FINISHED.includes(shipment.status) || shipment.status === 'ready_to_collect') return false;
  switch (window.kind) {
    case 'business_days':
      return localDate(now, window.timeZone) > window.to;
    case 'collection':
      return isAfter(now, addHours(instantOf(window.readyFrom), collectionGraceHours));
    case 'seller_timeframe':
    case 'none':
      return false;
  }
}

function localDate(instant: Date, timeZone: string): string {
  return zonedDayOf(instant, timeZone);
}

/** The carrier confirmed delivery to the address (a Click & Collect pickup is isCollected). */
export function isDelivered(shipment: Shipment): boolean {
  return shipment.status === 'delivered';
}

export function isCollected(shipment: Shipment): boolean {
  return shipment.status === 'collected';
}

/** Proof only means something once the parcel is handed over; a stray proof on an open shipment is ignored. */
export function deliveryProof(shipment: Shipment): ProofOfDelivery | null {
  return isDelivered(shipment) || isCollected(shipment) ? shipment.proofOfDelivery : null;
}

export function hasProofOfDelivery(shipment: Shipment): boolean {
  return deliveryProof(shipment) !== null;
}

export type CollectionWait = {
  /** readyForCollectionAt as the OMS sent it. */
  readySince: string;
  /** Whole hours, rounded down; 0 if the ready time is (oddly) in the future. */
  hoursWaiting: number;
  /** Whole 24-hour periods, rounded down. */
  daysWaiting: number;
};

/** How long a Click & Collect order has been waiting at the store; null unless ready_to_collect with a ready time. */
export function collectionWait(shipment: Shipment, now: Date): CollectionWait | null {
  if (shipment.status !== 'ready_to_collect' || shipment.readyForCollectionAt === null) return null;
  const hoursWaiting = Math.max(0, differenceInHours(now, instantOf(shipment.readyForCollectionAt)));
  return { readySince: shipment.readyForCollectionAt, hoursWaiting, daysWaiting: Math.floor(hoursWaiting / 24) };
}

/** The last day a ready Click & Collect order is held at the store: the day it became ready plus the hold days, on the store's calendar. */
export function collectionHeldUntil(readyForCollectionAt: string, holdDays: number, timeZone: string): LocalDate {
  return calendarDayOf(dayNumberOf(zonedDayOf(instantOf(readyForCollectionAt), timeZone)) + holdDays);
}

export type OverallOrderStatus = ShipmentStatus | 'mixed';

/**
 * One status for the whole order: the shipments' status when they all agree,
 * otherwise 'mixed', and the bot explains each shipment (the contract's
 * rule). Nothing is hidden by picking one: even a cancelled shipment beside
 * a delivered one makes the order 'mixed'.
 */
export function overallOrderStatus(order: Order): OverallOrderStatus {
  const statuses = new Set(order.shipments.map((shipment) => shipment.status));
  const [only] = statuses;
  return statuses.size === 1 && only !== undefined ? only : 'mixed';
}

/* Home delivery and Click & Collect progress side by side; equal ranks are equally far along. */
const PROGRESS: Record<Exclude<ShipmentStatus, 'cancelled'>, number> = {
  processing: 0,
  picking: 1,
  shipped: 2,
  out_for_delivery: 3,
  ready_to_collect: 3,
  delivered: 4,
  collected: 4,
};

/**
 * The status of the shipment furthest from the customer, for a headline like
 * "part of your order is still being picked". Cancelled shipments are left
 * out unless every shipment is cancelled.
 */
export function leastAdvancedStatus(order: Order): ShipmentStatus {
  let least: Exclude<ShipmentStatus, 'cancelled'> | null = null;
  for (const { status } of order.shipments) {
    if (status === 'cancelled') continue;
    if (least === null || PROGRESS[status] < PROGRESS[least]) least = status;
  }
  return least ?? 'cancelled';
}
