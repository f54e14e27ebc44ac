import { z } from 'zod';
import {
  OrderSchema,
  ShipmentSchema,
  type CollectionStore,
  type Order,
  type Shipment,
} from '../../src/domain/order';

/*
 * Schema-valid orders and shipments for tests. Defaults follow the contract's
 * example order (home delivery to Parramatta NSW, one Australia Post parcel in
 * transit); a test overrides only what it is about. Everything is parsed
 * through the real schemas, so a builder call that produces an order the OMS
 * could not send fails loudly.
 */

type ShipmentInput = z.input<typeof ShipmentSchema>;
type OrderInput = z.input<typeof OrderSchema>;

export type ShipmentOverrides = Partial<ShipmentInput>;
export type OrderOverrides = Partial<Omit<OrderInput, 'customer' | 'shipments'>> & {
  customer?: Partial<OrderInput['customer']>;
  /** Shipments or shipment overrides; ids S1, S2, ... are filled in when not given. */
  shipments?: ShipmentOverrides[];
};

export function aShipment(overrides: ShipmentOverrides = {}): Shipment {
  return ShipmentSchema.parse({
    shipmentId: 'S1',
    seller: { type: 'kmart', name: 'Kmart' },
    status: 'shipped',
    items: [{ sku: '43012345', name: 'Anko Bath Towel', quantity: 2 }],
    carrier: 'auspost',
    trackingNumber: '36LB45032230',
    trackingUrl: null,
    dispatchedAt: '2026-11-19T16:02:00+11:00',
    lastScanAt: '2026-11-19T21:40:00+11:00',
    readyForCollectionAt: null,
    deliveredAt: null,
    events: [
      { at: '2026-11-19T16:02:00+11:00', description: 'Shipping information received', location: 'Truganina VIC' },
      { at: '2026-11-19T21:40:00+11:00', description: 'In transit', location: 'Sunshine West VIC' },
    ],
    proofOfDelivery: null,
    ...overrides,
  });
}

/** A shipment the carrier has not touched yet (before dispatch). */
export function anUndispatchedShipment(overrides: ShipmentOverrides = {}): Shipment {
  return aShipment({
    status: 'processing',
    carrier: null,
    trackingNumber: null,
    dispatchedAt: null,
    lastScanAt: null,
    events: [],
    ...overrides,
  });
}

export const A_COLLECTION_STORE: CollectionStore = {
  storeId: '1042',
  name: 'Kmart Parramatta',
  suburb: 'Parramatta',
  state: 'NSW',
  postcode: '2150',
  phone: '02 9635 0000',
  openingHours: null,
};

export function anOrder(overrides: OrderOverrides = {}): Order {
  const { customer, shipments, ...rest } = overrides;
  const collect = rest.fulfilment === 'click_and_collect';
  return OrderSchema.parse({
    orderNumber: '4000123456',
    placedAt: '2026-11-18T10:21:00+11:00',
    fulfilment: 'home_delivery',
    deliverySpeed: collect ? null : 'standard',
    deliveryAddress: collect ? null : { line1: '12 Example St', suburb: 'Parramatta', state: 'NSW', postcode: '2150' },
    deliveryZone: collect ? null : 'metro',
    collectionStore: collect ? A_COLLECTION_STORE : null,
    ...rest,
    customer: { firstName: 'Sam', email: 'sam.nguyen@example.com', phone: '0412 345 678', ...customer },
    shipments: (shipments ?? [{}]).map((shipment, i) => aShipment({ shipmentId: `S${i + 1}`, ...shipment })),
  });
}

/** A Click & Collect order that is ready at the store. */
export function aCollectionOrder(overrides: OrderOverrides = {}): Order {
  return anOrder({
    fulfilment: 'click_and_collect',
    ...overrides,
    shipments: overrides.shipments ?? [
      {
        status: 'ready_to_collect',
        carrier: null,
        trackingNumber: null,
        dispatchedAt: null,
        lastScanAt: null,
        events: [],
        readyForCollectionAt: '2026-11-18T16:00:00+11:00',
      },
    ],
  });
}
