import zonesJson from '../../src/config/postcode-zones.json';
import {
  defaultPostcodeZoneRules,
  deliveryZoneOf,
  parsePostcodeZoneRules,
  zoneForPostcode,
} from '../../src/domain/delivery-zone';
import { OrderSchema, type Order } from '../../src/domain/order';

const rules = defaultPostcodeZoneRules;

function homeDeliveryOrder(postcode: string, deliveryZone: Order['deliveryZone']): Order {
  return OrderSchema.parse({
    orderNumber: '4000123456',
    placedAt: '2026-11-18T10:21:00+11:00',
    customer: { firstName: 'Sam', email: 'sam@example.com', phone: null },
    fulfilment: 'home_delivery',
    deliverySpeed: 'standard',
    deliveryAddress: { line1: '1 Example St', suburb: 'Somewhere', state: 'NSW', postcode },
    deliveryZone,
    collectionStore: null,
    shipments: [
      {
        shipmentId: 'S1',
        seller: { type: 'kmart', name: 'Kmart' },
        status: 'processing',
        items: [],
        carrier: null,
        trackingNumber: null,
        trackingUrl: null,
        dispatchedAt: null,
        lastScanAt: null,
        readyForCollectionAt: null,
        deliveredAt: null,
        events: [],
        proofOfDelivery: null,
      },
    ],
  });
}

describe('zoneForPostcode', () => {
  it.each([
    ['2000', 'Sydney CBD'],
    ['2150', 'Parramatta'],
    ['2560', 'Campbelltown'],
    ['2750', 'Penrith'],
    ['1460', 'Mascot PO boxes'],
    ['3000', 'Melbourne CBD'],
    ['3175', 'Dandenong'],
    ['3805', 'Narre Warren'],
    ['3199', 'Frankston'],
    ['4000', 'Brisbane CBD'],
    ['4305', 'Ipswich'],
    ['4510', 'Caboolture'],
    ['5000', 'Adelaide CBD'],
    ['5108', 'Salisbury'],
    ['6000', 'Perth CBD'],
    ['6163', 'Fremantle area'],
    ['7000', 'Hobart'],
    ['7050', 'Kingston'],
    ['0800', 'Darwin CBD'],
    ['0830', 'Palmerston'],
    ['2600', 'Canberra'],
    ['2913', 'Gungahlin'],
    ['2620', 'Queanbeyan, served as Canberra'],
  ])('%s (%s) is metro', (postcode) => {
    expect(zoneForPostcode(postcode, rules)).toBe('metro');
  });

  it.each([
    ['2300', 'Newcastle'],
    ['2250', 'Gosford, Central Coast'],
    ['2650', 'Wagga Wagga'],
    ['3350', 'Ballarat'],
    ['3220', 'Geelong'],
    ['4217', 'Surfers Paradise, Gold Coast'],
    ['4350', 'Toowoomba'],
    ['4810', 'Townsville'],
    ['4870', 'Cairns'],
    ['5290', 'Mount Gambier'],
    ['6330', 'Albany'],
    ['6430', 'Kalgoorlie'],
    ['7250', 'Launceston'],
  ])('%s (%s) is regional', (postcode) => {
    expect(zoneForPostcode(postcode, rules)).toBe('regional');
  });

  it.each([
    ['0870', 'Alice Springs'],
    ['0850', 'Katherine'],
    ['0822', 'remote communities sharing a Darwin-area postcode'],
    ['2880', 'Broken Hill'],
    ['2840', 'Bourke'],
    ['2898', 'Lord Howe Island'],
    ['4825', 'Mount Isa'],
    ['4875', 'Thursday Island'],
    ['4730', 'Longreach'],
    ['5723', 'Coober Pedy'],
    ['6725', 'Broome'],
    ['6721', 'Port Hedland'],
    ['6798', 'Christmas Island'],
    ['7256', 'King Island'],
    ['7255', 'Flinders Island'],
  ])('%s (%s) is remote', (postcode) => {
    expect(zoneForPostcode(postcode, rules)).toBe('remote');
  });

  it('covers every capital with at least one metro rule that says why', () => {
    expect(rules.metro.map((entry) => entry.city).sort()).toEqual(
      ['Adelaide', 'Brisbane', 'Canberra', 'Darwin', 'Hobart', 'Melbourne', 'Perth', 'Sydney'],
    );
    for (const entry of [...rules.metro, ...rules.remote]) expect(entry.why.length).toBeGreaterThan(20);
  });

  it('refuses something that is not a postcode', () => {
    expect(() => zoneForPostcode('200', rules)).toThrow('not an Australian postcode: "200"');
    expect(() => zoneForPostcode('NSW 2000', rules)).toThrow(RangeError);
  });
});

describe('deliveryZoneOf', () => {
  it('derives the zone from the postcode when the order system sent none', () => {
    expect(deliveryZoneOf(homeDeliveryOrder('2150', null), rules)).toBe('metro');
    expect(deliveryZoneOf(homeDeliveryOrder('2650', null), rules)).toBe('regional');
    expect(deliveryZoneOf(homeDeliveryOrder('2880', null), rules)).toBe('remote');
  });

  it("lets the order system's own zone win over the postcode table", () => {
    expect(deliveryZoneOf(homeDeliveryOrder('2150', 'regional'), rules)).toBe('regional');
    expect(deliveryZoneOf(homeDeliveryOrder('2880', 'metro'), rules)).toBe('metro');
  });

  it('has no zone for Click & Collect', () => {
    const base = homeDeliveryOrder('2150', 'metro');
    const collect = OrderSchema.parse({
      ...base,
      fulfilment: 'click_and_collect',
      deliverySpeed: null,
      deliveryAddress: null,
      deliveryZone: null,
      collectionStore: { storeId: '1001', name: 'Kmart Parramatta', suburb: 'Parramatta', state: 'NSW', postcode: '2150' },
    });
    expect(deliveryZoneOf(collect, rules)).toBeNull();
  });
});

describe('postcode zone rules as data', () => {
  it('uses a changed table: a deployment can call the Gold Coast metro', () => {
    const custom = parsePostcodeZoneRules({
      ...zonesJson,
      metro: [...zonesJson.metro, { city: 'Gold Coast', state: 'QLD', ranges: ['4208-4230'], why: 'Served like Brisbane by our carrier.' }],
    });
    expect(zoneForPostcode('4217', rules)).toBe('regional');
    expect(zoneForPostcode('4217', custom)).toBe('metro');
  });

  it('names a malformed range and where it is', () => {
    const broken = structuredClone(zonesJson);
    const sydney = broken.metro[0];
    if (sydney === undefined) throw new Error('fixture has no metro entries');
    sydney.ranges = ['2000-234'];
    expect(() => parsePostcodeZoneRules(broken)).toThrow('Invalid postcode zone rules: metro.0.ranges.0: a postcode range is "NNNN" or "NNNN-NNNN"');
  });

  it('names a backwards range', () => {
    const broken = structuredClone(zonesJson);
    const remote = broken.remote[0];
    if (remote === undefined) throw new Error('fixture has no remote entries');
    remote.ranges = ['0899-0833'];
    expect(() => parsePostcodeZoneRules(broken)).toThrow('remote.0.ranges.0: a range must not end before it starts');
  });

  it('requires every rule to say why', () => {
    const broken = structuredClone(zonesJson);
    const remote = broken.remote[0];
    if (remote === undefined) throw new Error('fixture has no remote entries');
    remote.why = '';
    expect(() => parsePostcodeZoneRules(broken)).toThrow('remote.0.why: say why this range is in the table');
  });
});
