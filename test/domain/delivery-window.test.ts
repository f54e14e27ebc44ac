import timeframesJson from '../../src/config/delivery-timeframes.json';
import { defaultDeliveryTimeframes, parseDeliveryTimeframes, type DeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import { expectedWindow, type DeliveryWindowContext } from '../../src/domain/delivery-window';
import { DeliveryWindowSchema } from '../../src/domain/delivery-window-types';
import { defaultPostcodeZoneRules } from '../../src/domain/delivery-zone';
import { aShipment } from '../support/order-builder';
import { OrderSchema, type AuState, type Order, type Shipment } from '../../src/domain/order';

const NOW = new Date('2026-11-18T10:00:00+11:00'); // a Wednesday in Sydney

const ctx: DeliveryWindowContext = {
  timeframes: defaultDeliveryTimeframes,
  zoneRules: defaultPostcodeZoneRules,
  now: NOW,
};

/** Dispatched, not yet scanned: the window rules only look at dates and status. */
function shipment(overrides: Partial<Shipment> = {}): Shipment {
  return aShipment({ lastScanAt: null, events: [], ...overrides });
}

function notDispatched(status: Shipment['status'] = 'processing'): Shipment {
  return shipment({ status, carrier: null, trackingNumber: null, dispatchedAt: null });
}

interface HomeDelivery {
  state?: AuState;
  postcode?: string;
  zone?: Order['deliveryZone'];
  speed?: Order['deliverySpeed'];
}

function homeDelivery({ state = 'NSW', postcode = '2150', zone = null, speed = 'standard' }: HomeDelivery = {}): Order {
  return OrderSchema.parse({
    orderNumber: '4000123456',
    placedAt: '2026-11-18T09:21:00+11:00',
    customer: { firstName: 'Sam', email: 'sam.nguyen@example.com', phone: '0412 345 678' },
    fulfilment: 'home_delivery',
    deliverySpeed: speed,
    deliveryAddress: { line1: '12 Example St', suburb: 'Somewhere', state, postcode },
    deliveryZone: zone,
    collectionStore: null,
    shipments: [shipment()],
  });
}

const STORES = {
  parramatta: { storeId: '1001', name: 'Kmart Parramatta', suburb: 'Parramatta', state: 'NSW', postcode: '2150' },
  perth: { storeId: '6001', name: 'Kmart Perth City', suburb: 'Perth', state: 'WA', postcode: '6000' },
} as const;

function clickAndCollect(placedAt: string, store: (typeof STORES)[keyof typeof STORES]): Order {
  return OrderSchema.parse({
    ...homeDelivery(),
    placedAt,
    fulfilment: 'click_and_collect',
    deliverySpeed: null,
    deliveryAddress: null,
    deliveryZone: null,
    collectionStore: store,
  });
}

function dispatchedAt(iso: string): Shipment {
  return shipment({ dispatchedAt: iso });
}

describe('expectedWindow: home delivery after dispatch', () => {
  it('counts metro standard 3 to 5 business days from dispatch, skipping the weekend', () => {
    expect(expectedWindow(homeDelivery(), shipment(), ctx)).toEqual({
      kind: 'business_days',
      state: 'NSW',
      timeZone: 'Australia/Sydney',
      from: '2026-11-24',
      to: '2026-11-26',
      countedFrom: 'dispatch',
      carrierDelayBusinessDays: 0,
    });
  });

  it('skips Melbourne Cup day for a Melbourne address but not for a Sydney one', () => {
    const cupEve = dispatchedAt('2026-11-02T10:00:00+11:00');
    expect(expectedWindow(homeDelivery({ state: 'VIC', postcode: '3000' }), cupEve, ctx)).toMatchObject({
      state: 'VIC',
      timeZone: 'Australia/Melbourne',
      from: '2026-11-06',
      to: '2026-11-10',
    });
    expect(expectedWindow(homeDelivery({ state: 'NSW', postcode: '2000' }), cupEve, ctx)).toMatchObject({
      from: '2026-11-05',
      to: '2026-11-09',
    });
  });

  it('skips the Easter long weekend, which also ends daylight saving', () => {
    const beforeGoodFriday = dispatchedAt('2026-04-02T23:45:00+11:00');
    expect(expectedWindow(homeDelivery(), beforeGoodFriday, ctx)).toMatchObject({ from: '2026-04-09', to: '2026-04-13' });
  });

  it("skips Western Australia's King's Birthday in September, not New South Wales's in June", () => {
    const perth = homeDelivery({ state: 'WA', postcode: '6000' });
    const sydney = homeDelivery({ state: 'NSW', postcode: '2000' });
    const september = dispatchedAt('2026-09-24T10:00:00+08:00');
    expect(expectedWindow(perth, september, ctx)).toMatchObject({ timeZone: 'Australia/Perth', from: '2026-09-30', to: '2026-10-02' });
    expect(expectedWindow(sydney, september, ctx)).toMatchObject({ from: '2026-09-29', to: '2026-10-01' });
    const june = dispatchedAt('2026-06-04T10:00:00+10:00');
    expect(expectedWindow(sydney, june, ctx)).toMatchObject({ from: '2026-06-10', to: '2026-06-12' });
    expect(expectedWindow(perth, june, ctx)).toMatchObject({ from: '2026-06-09', to: '2026-06-11' });
  });

  describe('daylight saving in New South Wales', () => {
    it('spans the October change and the Labour Day Monday after a late-evening dispatch', () => {
      const fridayNight = dispatchedAt('2026-10-02T23:30:00+10:00');
      expect(expectedWindow(homeDelivery(), fridayNight, ctx)).toMatchObject({ from: '2026-10-08', to: '2026-10-12' });
      expect(expectedWindow(homeDelivery({ speed: 'express' }), fridayNight, ctx)).toMatchObject({ from: '2026-10-06', to: '2026-10-07' });
    });

    it('counts from the local day when the UTC (or fixed +10:00) day is the day before', () => {
      const justAfterMidnight = '2026-10-06T00:30:00+11:00';
      // The trap: in UTC, and in a fixed AEST offset, this is still Monday 5 October (Labour Day).
      expect(new Date(justAfterMidnight).toISOString().slice(0, 10)).toBe('2026-10-05');
      expect(expectedWindow(homeDelivery(), dispatchedAt(justAfterMidnight), ctx)).toMatchObject({
        from: '2026-10-09',
        to: '2026-10-13',
      });
    });
  });

  it('counts Brisbane and Sydney addresses from different days for the same late-night dispatch', () => {
    const lateNight = dispatchedAt('2026-12-01T13:30:00Z'); // 23:30 Tuesday in Brisbane, 00:30 Wednesday in Sydney
    expect(expectedWindow(homeDelivery({ state: 'QLD', postcode: '4000' }), lateNight, ctx)).toMatchObject({
      timeZone: 'Australia/Brisbane',
      from: '2026-12-04',
      to: '2026-12-08',
    });
    expect(expectedWindow(homeDelivery({ state: 'NSW', postcode: '2000' }), lateNight, ctx)).toMatchObject({
      from: '2026-12-07',
      to: '2026-12-09',
    });
  });

  it('uses the regional and remote bands for postcodes outside the capitals', () => {
    expect(expectedWindow(homeDelivery({ postcode: '2650' }), shipment(), ctx)).toMatchObject({ from: '2026-11-30', to: '2026-12-03' });
    expect(expectedWindow(homeDelivery({ postcode: '2880' }), shipment(), ctx)).toMatchObject({ from: '2026-12-09', to: '2026-12-17' });
  });

  it("prefers the order system's zone over the postcode", () => {
    const parramattaMarkedRegional = homeDelivery({ postcode: '2150', zone: 'regional' });
    expect(expectedWindow(parramattaMarkedRegional, shipment(), ctx)).toMatchObject({ from: '2026-11-30', to: '2026-12-03' });
  });

  it('keeps counting while the parcel is out for delivery', () => {
    expect(expectedWindow(homeDelivery(), shipment({ status: 'out_for_delivery' }), ctx)).toMatchObject({
      from: '2026-11-24',
      to: '2026-11-26',
      countedFrom: 'dispatch',
    });
  });
});

describe('expectedWindow: express', () => {
  it('gives metro express 1 to 2 business days', () => {
    expect(expectedWindow(homeDelivery({ speed: 'express' }), shipment(), ctx)).toMatchObject({ from: '2026-11-20', to: '2026-11-23' });
  });

  it('says express is not offered outside metro instead of inventing a window', () => {
    expect(expectedWindow(homeDelivery({ speed: 'express', postcode: '2650' }), shipment(), ctx)).toEqual({
      kind: 'none',
      reason: 'express_not_offered',
    });
    expect(expectedWindow(homeDelivery({ speed: 'express', postcode: '2880' }), shipment(), ctx)).toEqual({
      kind: 'none',
      reason: 'express_not_offered',
    });
  });

  it('treats a missing speed as standard', () => {
    expect(expectedWindow(homeDelivery({ speed: null }), shipment(), ctx)).toMatchObject({ from: '2026-11-24', to: '2026-11-26' });
  });
});

describe('expectedWindow: before dispatch', () => {
  it('adds up to the processing allowance to the end of the window, counted from today in the address state', () => {
    expect(expectedWindow(homeDelivery(), notDispatched('processing'), ctx)).toEqual({
      kind: 'business_days',
      state: 'NSW',
      timeZone: 'Australia/Sydney',
      from: '2026-11-23',
      to: '2026-11-30',
      countedFrom: 'estimated_dispatch',
      processingBusinessDays: 3,
      carrierDelayBusinessDays: 0,
    });
    expect(expectedWindow(homeDelivery(), notDispatched('picking'), ctx)).toMatchObject({ from: '2026-11-23', to: '2026-11-30' });
  });

  it('does the same with the regional band', () => {
    expect(expectedWindow(homeDelivery({ postcode: '2650' }), notDispatched(), ctx)).toMatchObject({ from: '2026-11-27', to: '2026-12-07' });
  });

  it("takes 'today' in the address state, not in UTC", () => {
    const sydneyJustAfterMidnight = { ...ctx, now: new Date('2026-11-19T13:30:00Z') }; // Friday 00:30 in Sydney
    expect(expectedWindow(homeDelivery(), notDispatched(), sydneyJustAfterMidnight)).toMatchObject({ from: '2026-11-25', to: '2026-12-02' });
  });
});

describe('expectedWindow: Click & Collect', () => {
  it('is ready from 16:00 the same day when placed before 12:00 store time', () => {
    expect(expectedWindow(clickAndCollect('2026-11-18T11:59:00+11:00', STORES.parramatta), notDispatched(), ctx)).toEqual({
      kind: 'collection',
      state: 'NSW',
      timeZone: 'Australia/Sydney',
      readyFrom: '2026-11-18T16:00:00+11:00',
    });
  });

  it('is ready from 16:00 the next day when placed at or after 12:00 store time', () => {
    expect(expectedWindow(clickAndCollect('2026-11-18T12:00:00+11:00', STORES.parramatta), notDispatched(), ctx)).toMatchObject({
      readyFrom: '2026-11-19T16:00:00+11:00',
    });
  });

  it('uses the store day, not the UTC day, for an early-morning order', () => {
    // 08:00 in Sydney is 21:00 the previous day in UTC.
    expect(expectedWindow(clickAndCollect('2026-11-18T08:00:00+11:00', STORES.parramatta), notDispatched(), ctx)).toMatchObject({
      readyFrom: '2026-11-18T16:00:00+11:00',
    });
  });

  it("applies the cut-off in a Perth store's own time: 14:30 in Sydney is 11:30 in Perth", () => {
    const placed = '2026-11-18T14:30:00+11:00';
    expect(expectedWindow(clickAndCollect(placed, STORES.perth), notDispatched(), ctx)).toEqual({
      kind: 'collection',
      state: 'WA',
      timeZone: 'Australia/Perth',
      readyFrom: '2026-11-18T16:00:00+08:00',
    });
    expect(expectedWindow(clickAndCollect(placed, STORES.parramatta), notDispatched(), ctx)).toMatchObject({
      readyFrom: '2026-11-19T16:00:00+11:00',
    });
    expect(expectedWindow(clickAndCollect('2026-11-18T12:30:00+08:00', STORES.perth), notDispatched(), ctx)).toMatchObject({
      readyFrom: '2026-11-19T16:00:00+08:00',
    });
  });

  it('means the next calendar day, because stores trade on weekends', () => {
    const saturdayAfternoon = '2026-11-21T13:00:00+11:00';
    expect(expectedWindow(clickAndCollect(saturdayAfternoon, STORES.parramatta), notDispatched(), ctx)).toMatchObject({
      readyFrom: '2026-11-22T16:00:00+11:00',
    });
  });

  it('gives the ready time with the offset in force that day, across the daylight-saving change', () => {
    const saturdayBeforeChange = '2026-10-03T13:00:00+10:00';
    expect(expectedWindow(clickAndCollect(saturdayBeforeChange, STORES.parramatta), notDispatched(), ctx)).toMatchObject({
      readyFrom: '2026-10-04T16:00:00+11:00',
    });
  });
});

describe('expectedWindow: nothing to estimate', () => {
  it.each(['delivered', 'cancelled'] as const)('says so for a %s home delivery', (status) => {
    expect(expectedWindow(homeDelivery(), shipment({ status }), ctx)).toEqual({ kind: 'none', reason: status });
  });

  it.each(['ready_to_collect', 'collected'] as const)('says so for a %s Click & Collect order', (status) => {
    const order = clickAndCollect('2026-11-18T09:00:00+11:00', STORES.parramatta);
    expect(expectedWindow(order, notDispatched(status), ctx)).toEqual({ kind: 'none', reason: status });
  });

  it('defers to a Marketplace seller instead of quoting the table', () => {
    const marketplace = shipment({ seller: { type: 'marketplace', name: 'Homewares Direct' } });
    expect(expectedWindow(homeDelivery(), marketplace, ctx)).toEqual({ kind: 'seller_timeframe' });
    expect(expectedWindow(homeDelivery(), { ...marketplace, dispatchedAt: null, status: 'processing' }, ctx)).toEqual({
      kind: 'seller_timeframe',
    });
  });

  it('does not guess a zone when a home delivery has no address', () => {
    // The order schema rejects this; the domain still must not invent a window if it ever gets one.
    const noAddress: Order = { ...homeDelivery(), deliveryAddress: null, deliveryZone: null };
    expect(expectedWindow(noAddress, shipment(), ctx)).toEqual({ kind: 'none', reason: 'unknown_zone' });
  });
});

it('produces windows that survive a conversation snapshot (they validate against DeliveryWindowSchema)', () => {
  const windows = [
    expectedWindow(homeDelivery(), shipment(), ctx),
    expectedWindow(homeDelivery(), notDispatched(), ctx),
    expectedWindow(clickAndCollect('2026-11-18T14:30:00+11:00', STORES.perth), notDispatched(), ctx),
  ];
  for (const window of windows) expect(DeliveryWindowSchema.parse(JSON.parse(JSON.stringify(window)))).toEqual(window);
});

describe('expectedWindow follows the configured table, not literals', () => {
  const table: DeliveryTimeframes = structuredClone(timeframesJson);
  table.processingBusinessDays = 1;
  table.homeDelivery.metro.standard = { minBusinessDays: 2, maxBusinessDays: 4 };
  table.homeDelivery.regional.express = { minBusinessDays: 2, maxBusinessDays: 3 };
  table.clickAndCollect = { cutoffLocalTime: '14:00', sameDayReadyLocalTime: '18:30', holdDays: 7 };
  const custom: DeliveryWindowContext = { ...ctx, timeframes: parseDeliveryTimeframes(table) };

  it('uses the configured band after dispatch', () => {
    expect(expectedWindow(homeDelivery(), shipment(), custom)).toMatchObject({ from: '2026-11-23', to: '2026-11-25' });
  });

  it('uses the configured processing allowance before dispatch', () => {
    expect(expectedWindow(homeDelivery(), notDispatched(), custom)).toMatchObject({ from: '2026-11-20', to: '2026-11-25' });
  });

  it('offers express wherever the table does', () => {
    expect(expectedWindow(homeDelivery({ speed: 'express', postcode: '2650' }), shipment(), custom)).toMatchObject({
      kind: 'business_days',
      from: '2026-11-23',
      to: '2026-11-24',
    });
  });

  it('uses the configured Click & Collect cut-off and ready time', () => {
    expect(expectedWindow(clickAndCollect('2026-11-18T13:00:00+11:00', STORES.parramatta), notDispatched(), custom)).toMatchObject({
      readyFrom: '2026-11-18T18:30:00+11:00',
    });
  });
});
