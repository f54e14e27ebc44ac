import type { DeliveryWindow } from '../../src/domain/delivery-window-types';
import {
  collectionHeldUntil,
  collectionWait,
  deliveryProof,
  hasCarrierScans,
  hasNoTrackingYet,
  hasProofOfDelivery,
  hoursSinceLastScan,
  isCollected,
  isDelayed,
  isDelivered,
  isTrackingNotUpdating,
  isTrackingOverdue,
  leastAdvancedStatus,
  overallOrderStatus,
  trackingExpectedBy,
} from '../../src/domain/shipment-conditions';
import { aShipment, anOrder, anUndispatchedShipment } from '../support/order-builder';

const DISPATCHED = '2026-11-19T16:02:00+11:00';
const manifestOnly = {
  dispatchedAt: DISPATCHED,
  lastScanAt: DISPATCHED,
  events: [{ at: DISPATCHED, description: 'Shipping information received', location: 'Truganina VIC' }],
};

describe('hasNoTrackingYet', () => {
  it('is false for a shipped parcel the carrier has scanned', () => {
    expect(hasNoTrackingYet(aShipment())).toBe(false);
  });

  it('is true when only the shipping notification exists', () => {
    expect(hasNoTrackingYet(aShipment(manifestOnly))).toBe(true);
  });

  it('is true with no scan time and no events', () => {
    expect(hasNoTrackingYet(aShipment({ lastScanAt: null, events: [] }))).toBe(true);
  });

  it('is true without a tracking number or without a carrier', () => {
    expect(hasNoTrackingYet(aShipment({ trackingNumber: null }))).toBe(true);
    expect(hasNoTrackingYet(aShipment({ carrier: null }))).toBe(true);
  });

  it('is false for shipments that are not in the shipped state', () => {
    expect(hasNoTrackingYet(anUndispatchedShipment())).toBe(false);
    expect(hasNoTrackingYet(aShipment({ ...manifestOnly, status: 'delivered' }))).toBe(false);
  });

  it('counts a later event as a scan even when lastScanAt is missing', () => {
    const shipment = aShipment({
      lastScanAt: null,
      events: [{ at: '2026-11-20T08:00:00+11:00', description: 'In transit', location: null }],
    });
    expect(hasCarrierScans(shipment)).toBe(true);
    expect(hasNoTrackingYet(shipment)).toBe(false);
  });
});

describe('trackingExpectedBy and isTrackingOverdue', () => {
  it('expects scans 48 hours after the shipping notification', () => {
    expect(trackingExpectedBy(aShipment(manifestOnly))?.toISOString()).toBe('2026-11-21T05:02:00.000Z');
  });

  it('takes another grace period when configured', () => {
    expect(trackingExpectedBy(aShipment(manifestOnly), 24)?.toISOString()).toBe('2026-11-20T05:02:00.000Z');
  });

  it('has no expectation before dispatch', () => {
    expect(trackingExpectedBy(anUndispatchedShipment())).toBeNull();
  });

  it('is overdue only once the 48 hours have passed with no scan', () => {
    const shipment = aShipment(manifestOnly);
    expect(isTrackingOverdue(shipment, new Date('2026-11-21T05:02:00Z'))).toBe(false);
    expect(isTrackingOverdue(shipment, new Date('2026-11-21T05:03:00Z'))).toBe(true);
  });

  it('is never overdue once the carrier has scanned', () => {
    expect(isTrackingOverdue(aShipment(), new Date('2026-12-30T00:00:00Z'))).toBe(false);
  });
});

describe('hoursSinceLastScan and isTrackingNotUpdating', () => {
  const lastScan = '2026-11-19T21:40:00+11:00'; // 10:40Z
  const at = (hours: number) => new Date(Date.parse('2026-11-19T10:40:00Z') + hours * 3_600_000);

  it('counts whole hours since the newest scan', () => {
    expect(hoursSinceLastScan(aShipment({ lastScanAt: lastScan }), at(47.9))).toBe(47);
    expect(hoursSinceLastScan(aShipment({ lastScanAt: lastScan }), at(49))).toBe(49);
  });

  it('has no hours without a scan', () => {
    expect(hoursSinceLastScan(aShipment({ lastScanAt: null }), at(49))).toBeNull();
  });

  it('is not stale at 47 hours, nor at exactly 48', () => {
    expect(isTrackingNotUpdating(aShipment(), at(47))).toBe(false);
    expect(isTrackingNotUpdating(aShipment(), at(48))).toBe(false);
  });

  it('is stale at 49 hours', () => {
    expect(isTrackingNotUpdating(aShipment(), at(49))).toBe(true);
  });

  it('is stale for a parcel out for delivery too', () => {
    expect(isTrackingNotUpdating(aShipment({ status: 'out_for_delivery' }), at(49))).toBe(true);
  });

  it('honours a configured grace period', () => {
    expect(isTrackingNotUpdating(aShipment(), at(25), 24)).toBe(true);
    expect(isTrackingNotUpdating(aShipment(), at(23), 24)).toBe(false);
  });

  it('is not stale once delivered, or before dispatch', () => {
    expect(isTrackingNotUpdating(aShipment({ status: 'delivered' }), at(200))).toBe(false);
    expect(isTrackingNotUpdating(anUndispatchedShipment(), at(200))).toBe(false);
  });

  it('leaves never-scanned parcels to the no-tracking branch', () => {
    expect(isTrackingNotUpdating(aShipment(manifestOnly), at(200))).toBe(false);
  });
});

describe('isDelayed', () => {
  type BusinessDaysWindow = Extract<DeliveryWindow, { kind: 'business_days' }>;
  const window = (timeZone: string, state: 'NSW' | 'WA'): BusinessDaysWindow => ({
    kind: 'business_days',
    state,
    timeZone,
    from: '2026-11-23',
    to: '2026-11-25',
    countedFrom: 'dispatch',
    carrierDelayBusinessDays: 0,
  });
  const sydney = window('Australia/Sydney', 'NSW');
  const perth = window('Australia/Perth', 'WA');
  // 00:30 on 26 Nov in Sydney (AEDT, +11) is 21:30 on 25 Nov in Perth (AWST, +8).
  const justAfterSydneyMidnight = new Date('2026-11-25T13:30:00Z');

  it('is delayed the day after window.to in Sydney', () => {
    expect(isDelayed(aShipment(), sydney, justAfterSydneyMidnight)).toBe(true);
  });

  it('is still on time on the last day in Perth at the same instant', () => {
    expect(isDelayed(aShipment(), perth, justAfterSydneyMidnight)).toBe(false);
  });

  it('is on time all through the last day in Sydney', () => {
    expect(isDelayed(aShipment(), sydney, new Date('2026-11-25T12:59:00Z'))).toBe(false); // 23:59 local
  });

  it('is delayed before dispatch too, once an estimated window has passed', () => {
    const estimated: DeliveryWindow = { ...sydney, countedFrom: 'estimated_dispatch' };
    expect(isDelayed(anUndispatchedShipment(), estimated, justAfterSydneyMidnight)).toBe(true);
  });

  it.each(['delivered', 'collected', 'cancelled', 'ready_to_collect'] as const)('is never delayed once %s', (status) => {
    expect(isDelayed(aShipment({ status }), sydney, new Date('2027-01-30T00:00:00Z'))).toBe(false);
  });

  it('cannot judge a Marketplace seller timeframe', () => {
    expect(isDelayed(aShipment(), { kind: 'seller_timeframe' }, new Date('2027-01-30T00:00:00Z'))).toBe(false);
  });

  it('is false when there is no window', () => {
    expect(isDelayed(aShipment(), { kind: 'none', reason: 'unknown_zone' }, new Date('2027-01-30T00:00:00Z'))).toBe(false);
  });

  describe('Click & Collect', () => {
    const collection: DeliveryWindow = {
      kind: 'collection',
      state: 'NSW',
      timeZone: 'Australia/Sydney',
      readyFrom: '2026-11-18T16:00:00+11:00',
    };
    const picking = anUndispatchedShipment({ status: 'picking' });

    it('is not delayed within a day of the expected ready time', () => {
      expect(isDelayed(picking, collection, new Date('2026-11-19T16:00:00+11:00'))).toBe(false);
    });

    it('is delayed when still not ready a day after it', () => {
      expect(isDelayed(picking, collection, new Date('2026-11-19T16:01:00+11:00'))).toBe(true);
    });

    it('is not delayed once ready', () => {
      const ready = anUndispatchedShipment({ status: 'ready_to_collect', readyForCollectionAt: '2026-11-19T10:00:00+11:00' });
      expect(isDelayed(ready, collection, new Date('2026-11-25T10:00:00+11:00'))).toBe(false);
    });
  });
});

describe('delivery and proof', () => {
  const photo = { kind: 'photo' as const, note: 'Left at front door', url: 'https://auspost.example/pod/1.jpg' };

  it('knows a delivered shipment', () => {
    expect(isDelivered(aShipment({ status: 'delivered' }))).toBe(true);
    expect(isDelivered(aShipment({ status: 'out_for_delivery' }))).toBe(false);
    expect(isDelivered(aShipment({ status: 'collected' }))).toBe(false);
    expect(isCollected(aShipment({ status: 'collected' }))).toBe(true);
  });

  it('gives the proof of a delivered shipment', () => {
    const shipment = aShipment({ status: 'delivered', proofOfDelivery: photo });
    expect(deliveryProof(shipment)).toEqual(photo);
    expect(hasProofOfDelivery(shipment)).toBe(true);
  });

  it('has no proof when the carrier recorded none', () => {
    const shipment = aShipment({ status: 'delivered', proofOfDelivery: null });
    expect(deliveryProof(shipment)).toBeNull();
    expect(hasProofOfDelivery(shipment)).toBe(false);
  });

  it('ignores proof on a shipment that is not delivered', () => {
    const shipment = aShipment({ status: 'out_for_delivery', proofOfDelivery: photo });
    expect(deliveryProof(shipment)).toBeNull();
    expect(hasProofOfDelivery(shipment)).toBe(false);
  });

  it('gives the signature of a collected order', () => {
    const signature = { kind: 'signature' as const, note: null, url: null };
    expect(deliveryProof(aShipment({ status: 'collected', proofOfDelivery: signature }))).toEqual(signature);
  });
});

describe('collectionWait', () => {
  const ready = anUndispatchedShipment({ status: 'ready_to_collect', readyForCollectionAt: '2026-11-18T16:00:00+11:00' });

  it('says how long the order has been waiting', () => {
    expect(collectionWait(ready, new Date('2026-11-21T15:30:00+11:00'))).toEqual({
      readySince: '2026-11-18T16:00:00+11:00',
      hoursWaiting: 71,
      daysWaiting: 2,
    });
    expect(collectionWait(ready, new Date('2026-11-21T16:00:00+11:00'))).toMatchObject({ hoursWaiting: 72, daysWaiting: 3 });
  });

  it('never reports negative waiting', () => {
    expect(collectionWait(ready, new Date('2026-11-18T12:00:00+11:00'))).toMatchObject({ hoursWaiting: 0, daysWaiting: 0 });
  });

  it('is null unless ready to collect with a ready time', () => {
    expect(collectionWait(aShipment(), new Date())).toBeNull();
    expect(collectionWait({ ...ready, status: 'collected' }, new Date())).toBeNull();
    expect(collectionWait({ ...ready, readyForCollectionAt: null }, new Date())).toBeNull();
  });
});

describe('collectionHeldUntil', () => {
  it('is the day the order became ready plus the hold days, on the store\'s calendar', () => {
    expect(collectionHeldUntil('2026-11-15T10:30:00+10:00', 7, 'Australia/Brisbane')).toBe('2026-11-22');
    // 11:30pm in Perth is already the next day in Sydney: the Perth store's own day counts.
    expect(collectionHeldUntil('2026-11-15T23:30:00+08:00', 7, 'Australia/Perth')).toBe('2026-11-22');
    expect(collectionHeldUntil('2026-11-15T23:30:00+08:00', 7, 'Australia/Sydney')).toBe('2026-11-23');
  });
});

describe('overallOrderStatus and leastAdvancedStatus', () => {
  it('is the shared status when every shipment agrees', () => {
    const order = anOrder({ shipments: [{ status: 'shipped' }, { status: 'shipped' }] });
    expect(overallOrderStatus(order)).toBe('shipped');
    expect(leastAdvancedStatus(order)).toBe('shipped');
  });

  it('is the status of a single shipment', () => {
    expect(overallOrderStatus(anOrder({ shipments: [{ status: 'out_for_delivery' }] }))).toBe('out_for_delivery');
  });

  it('is mixed when shipments differ, and names the one furthest behind', () => {
    const order = anOrder({ shipments: [{ status: 'delivered' }, { status: 'picking' }, { status: 'shipped' }] });
    expect(overallOrderStatus(order)).toBe('mixed');
    expect(leastAdvancedStatus(order)).toBe('picking');
  });

  it('does not hide a cancelled shipment behind a delivered one', () => {
    const order = anOrder({ shipments: [{ status: 'delivered' }, { status: 'cancelled' }] });
    expect(overallOrderStatus(order)).toBe('mixed');
    expect(leastAdvancedStatus(order)).toBe('delivered');
  });

  it('is cancelled when everything is cancelled', () => {
    const order = anOrder({ shipments: [{ status: 'cancelled' }, { status: 'cancelled' }] });
    expect(overallOrderStatus(order)).toBe('cancelled');
    expect(leastAdvancedStatus(order)).toBe('cancelled');
  });
});
