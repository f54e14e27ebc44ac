import type { CarrierAlert, IsoTime, Order, Shipment } from '../domain/order';

/**
 * Fixtures are recorded around one anchor instant; moving every time field by
 * the same amount keeps each order's age relative to "now", so an order that
 * was on time when recorded is still on time whenever it is loaded.
 * This list of fields is the one place that knows which fields are times: a
 * time field added to the schema must be added here too (the test checks it).
 */
export function shiftOrder(order: Order, deltaMs: number): Order {
  return {
    ...order,
    placedAt: shiftTime(order.placedAt, deltaMs),
    shipments: order.shipments.map((shipment) => shiftShipment(shipment, deltaMs)),
  };
}

export function shiftAlert(alert: CarrierAlert, deltaMs: number): CarrierAlert {
  return {
    ...alert,
    from: shiftTime(alert.from, deltaMs),
    until: shiftNullableTime(alert.until, deltaMs),
  };
}

function shiftShipment(shipment: Shipment, deltaMs: number): Shipment {
  return {
    ...shipment,
    dispatchedAt: shiftNullableTime(shipment.dispatchedAt, deltaMs),
    lastScanAt: shiftNullableTime(shipment.lastScanAt, deltaMs),
    readyForCollectionAt: shiftNullableTime(shipment.readyForCollectionAt, deltaMs),
    deliveredAt: shiftNullableTime(shipment.deliveredAt, deltaMs),
    events: shipment.events.map((event) => ({ ...event, at: shiftTime(event.at, deltaMs) })),
  };
}

function shiftTime(time: IsoTime, deltaMs: number): IsoTime {
  return new Date(Date.parse(time) + deltaMs).toISOString();
}

function shiftNullableTime(time: IsoTime | null, deltaMs: number): IsoTime | null {
  return time === null ? null : shiftTime(time, deltaMs);
}
