import type { DeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import { businessDaysBand } from './general-answers-copy';
import { escapeMarkdown } from './markdown';

/**
 * Why a window is longer than a city's, with the published timeframe that
 * makes it so ("is it normal to take this long to Broome?"): for parcels still
 * to arrive in a regional or remote area, wherever a window is given (the
 * order card, "is it late?", "tracking isn't moving").
 */
export function zoneNote(order: OrderView, shipment: ShipmentView, timeframes: DeliveryTimeframes): string | null {
  if (order.zone === null || order.zone === 'metro' || shipment.window.kind !== 'business_days') return null;
  const speeds = timeframes.homeDelivery[order.zone];
  const speed = order.deliverySpeed === 'express' && speeds.express ? 'express' : 'standard';
  const published = speeds[speed] ?? speeds.standard;
  return (
    `${escapeMarkdown(order.suburb)} is in a ${order.zone} delivery area, where ${speed} delivery takes ` +
    `${businessDaysBand(published.minBusinessDays, published.maxBusinessDays)} from dispatch, longer than in the cities.`
  );
}
