import { alertsInForce, withCarrierDelay } from './carrier-alerts';
import { carrierInfo, trackingLinkFor } from './carriers';
import { deliveryZoneOf, type PostcodeZoneRules } from './delivery-zone';
import type { DeliveryTimeframes } from './delivery-timeframes';
import { expectedWindow } from './delivery-window';
import type { CarrierAlert, Order, Shipment } from './order';
import type { OrderView, ShipmentView } from './order-view';
import {
  collectionWait,
  hasNoTrackingYet,
  hoursSinceLastScan,
  isCollected,
  isDelayed,
  isDelivered,
  isTrackingNotUpdating,
  trackingExpectedBy,
} from './shipment-conditions';

export interface AssessmentRules {
  timeframes: DeliveryTimeframes;
  zoneRules: PostcodeZoneRules;
}

/**
 * Reads an order once, at `now`, into everything the procedure branches on
 * and both audiences are shown. Pure: the caller passes the clock's time and
 * the carriers' alerts (any it has; only those in force for a parcel count).
 */
export function assessOrder(order: Order, rules: AssessmentRules, now: Date, alerts: readonly CarrierAlert[] = []): OrderView {
  const place = order.fulfilment === 'click_and_collect' ? order.collectionStore : order.deliveryAddress;
  if (!place) throw new Error('an order without a delivery address or collection store cannot be assessed');
  return {
    orderNumber: order.orderNumber,
    placedAt: order.placedAt,
    firstName: order.customer.firstName,
    fulfilment: order.fulfilment,
    deliverySpeed: order.deliverySpeed,
    zone: deliveryZoneOf(order, rules.zoneRules),
    state: place.state,
    suburb: place.suburb,
    collectionStore: order.collectionStore,
    shipments: order.shipments.map((shipment) => assessShipment(order, shipment, rules, now, alerts)),
    assessedAt: now.toISOString(),
  };
}

function assessShipment(order: Order, shipment: Shipment, rules: AssessmentRules, now: Date, alerts: readonly CarrierAlert[]): ShipmentView {
  const place = order.fulfilment === 'click_and_collect' ? order.collectionStore : order.deliveryAddress;
  const settled = isDelivered(shipment) || isCollected(shipment) || shipment.status === 'cancelled';
  const applying = shipment.carrier === null || place === null || settled ? [] : alertsInForce(alerts, shipment.carrier, place.state, now);
  const window = withCarrierDelay(expectedWindow(order, shipment, { ...rules, now }), applying);
  const carrier = carrierInfo(shipment.carrier);
  const graceHours = rules.timeframes.trackingGraceHours;
  const expectedBy = trackingExpectedBy(shipment, graceHours);
  const lastScan = shipment.events.at(-1) ?? null;
  return {
    shipmentId: shipment.shipmentId,
    seller: shipment.seller,
    status: shipment.status,
    items: shipment.items.map((item) => ({ name: item.name, quantity: item.quantity })),
    carrier: carrier ? { code: carrier.code, name: carrier.name, helpPhone: carrier.helpPhone } : null,
    trackingNumber: shipment.trackingNumber,
    trackingLink: trackingLinkFor(shipment),
    dispatchedAt: shipment.dispatchedAt,
    deliveredAt: shipment.deliveredAt,
    readyForCollectionAt: shipment.readyForCollectionAt,
    lastScan,
    proofOfDelivery: shipment.proofOfDelivery,
    window,
    alerts: applying.map((alert) => ({ headline: alert.headline, expectedDelayBusinessDays: alert.expectedDelayBusinessDays })),
    conditions: {
      noTrackingYet: hasNoTrackingYet(shipment),
      trackingExpectedBy: expectedBy ? expectedBy.toISOString() : null,
      trackingNotUpdating: isTrackingNotUpdating(shipment, now, graceHours),
      hoursSinceLastScan: hoursSinceLastScan(shipment, now),
      delayed: isDelayed(shipment, window, now),
      delivered: isDelivered(shipment) || isCollected(shipment),
      collectionDaysWaiting: collectionWait(shipment, now)?.daysWaiting ?? null,
    },
  };
}
