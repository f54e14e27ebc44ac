import { TZDate } from '@date-fns/tz';
// One function per import: date-fns's index loads all of its ~250 functions, about 0.1 s of every start-up.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { addBusinessDays, localDateIn } from './business-days';
import { timeframeFor, type DeliveryTimeframes } from './delivery-timeframes';
import type { DeliveryWindow } from './delivery-window-types';
import { deliveryZoneOf, type PostcodeZoneRules } from './delivery-zone';
import type { CollectionStore, Order, Shipment } from './order';
import { timeZoneOf } from './state-time-zones';

export interface DeliveryWindowContext {
  timeframes: DeliveryTimeframes;
  zoneRules: PostcodeZoneRules;
  now: Date;
}

/** Nothing left to estimate once the parcel is in the customer's hands, waiting for them, or gone. */
const SETTLED_STATUSES = ['cancelled', 'delivered', 'collected', 'ready_to_collect'] as const;
type SettledStatus = (typeof SETTLED_STATUSES)[number];

function isSettled(status: Shipment['status']): status is SettledStatus {
  return (SETTLED_STATUSES as readonly string[]).includes(status);
}

/**
 * When a shipment should arrive (or be ready), by the retailer's published
 * rules. All figures come from ctx.timeframes so a deployment's table is the
 * only source of truth.
 */
export function expectedWindow(order: Order, shipment: Shipment, ctx: DeliveryWindowContext): DeliveryWindow {
  if (isSettled(shipment.status)) return { kind: 'none', reason: shipment.status };
  // Marketplace sellers dispatch on their own terms; quoting our table would be a promise we cannot keep.
  if (shipment.seller.type === 'marketplace') return { kind: 'seller_timeframe' };
  if (order.fulfilment === 'click_and_collect') {
    // The order schema requires a store for Click & Collect; without one there is no place, hence no time zone.
    return order.collectionStore === null
      ? { kind: 'none', reason: 'unknown_zone' }
      : collectionWindow(order.placedAt, order.collectionStore, ctx.timeframes);
  }
  return homeDeliveryWindow(order, shipment, ctx);
}

function homeDeliveryWindow(order: Order, shipment: Shipment, ctx: DeliveryWindowContext): DeliveryWindow {
  const zone = deliveryZoneOf(order, ctx.zoneRules);
  const address = order.deliveryAddress;
  if (zone === null || address === null) return { kind: 'none', reason: 'unknown_zone' };
  // The contract only sets a speed for home delivery; a missing one is the default service.
  const band = timeframeFor(zone, order.deliverySpeed ?? 'standard', ctx.timeframes);
  if (band === null) return { kind: 'none', reason: 'express_not_offered' };

  const state = address.state;
  const common = { kind: 'business_days', state, timeZone: timeZoneOf(state), carrierDelayBusinessDays: 0 } as const;
  if (shipment.dispatchedAt !== null) {
    const dispatchDay = localDateIn(new Date(shipment.dispatchedAt), state);
    return {
      ...common,
      from: addBusinessDays(dispatchDay, band.minBusinessDays, state),
      to: addBusinessDays(dispatchDay, band.maxBusinessDays, state),
      countedFrom: 'dispatch',
    };
  }
  // Not dispatched yet: it may leave today at the earliest or after the full processing allowance at the latest.
  const today = localDateIn(ctx.now, state);
  return {
    ...common,
    from: addBusinessDays(today, band.minBusinessDays, state),
    to: addBusinessDays(today, ctx.timeframes.processingBusinessDays + band.maxBusinessDays, state),
    countedFrom: 'estimated_dispatch',
    processingBusinessDays: ctx.timeframes.processingBusinessDays,
  };
}

/**
 * Placed before the cut-off (store local time): ready from the ready time that
 * day; otherwise from the ready time on the next calendar day. Calendar, not
 * business, days: stores trade seven days a week and the contract says "the
 * next day". Store closure days are not modelled (opening hours are free text).
 */
function collectionWindow(placedAt: string, store: CollectionStore, timeframes: DeliveryTimeframes): DeliveryWindow {
  const timeZone = timeZoneOf(store.state);
  const placedLocal = new TZDate(new Date(placedAt).getTime(), timeZone);
  const { cutoffLocalTime, sameDayReadyLocalTime } = timeframes.clickAndCollect;
  const beforeCutoff = format(placedLocal, 'HH:mm') < cutoffLocalTime;
  const readyDay = beforeCutoff ? placedLocal : addDays(placedLocal, 1);
  const [hours, minutes] = sameDayReadyLocalTime.split(':').map(Number);
  const readyAt = new TZDate(readyDay.getFullYear(), readyDay.getMonth(), readyDay.getDate(), hours ?? 0, minutes ?? 0, timeZone);
  return { kind: 'collection', state: store.state, timeZone, readyFrom: format(readyAt, "yyyy-MM-dd'T'HH:mm:ssXXX") };
}
