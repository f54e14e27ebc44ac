import { DEFAULT_FIXTURES_DIR, loadFixtureOrders } from '../../src/adapters/fixture-order-source';
import { shiftAlert, shiftOrder } from '../../src/adapters/fixture-time-shift';
import { CarrierAlertSchema, IsoTimeSchema, OrderSchema } from '../../src/domain/order';

const data = loadFixtureOrders(DEFAULT_FIXTURES_DIR);
const FORTY_DAYS_AND_A_BIT = (40 * 24 + 5) * 3600_000 + 17 * 60_000;

/** Every string in the value that is an ISO time, by its path: found from the data, not from a list of field names. */
function timesByPath(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') {
    if (IsoTimeSchema.safeParse(value).success) found.set(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => timesByPath(item, `${path}.${i}`).forEach((v, k) => found.set(k, v)));
  } else if (typeof value === 'object' && value !== null) {
    Object.entries(value).forEach(([key, item]) => timesByPath(item, `${path}.${key}`).forEach((v, k) => found.set(k, v)));
  }
  return found;
}

function withoutTimes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && IsoTimeSchema.safeParse(v).success ? 'TIME' : v)));
}

describe('shiftOrder', () => {
  test.each(data.orders.map((order) => [order.orderNumber, order] as const))(
    'order %s: every time field moves by exactly the delta, nothing else changes',
    (_number, order) => {
      const shifted = shiftOrder(order, FORTY_DAYS_AND_A_BIT);
      const before = timesByPath(order);
      const after = timesByPath(shifted);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [path, time] of before) {
        expect({ path, ms: Date.parse(after.get(path) ?? '') - Date.parse(time) }).toEqual({ path, ms: FORTY_DAYS_AND_A_BIT });
      }
      expect(withoutTimes(shifted)).toEqual(withoutTimes(order));
      expect(OrderSchema.safeParse(shifted).success).toBe(true);
    },
  );

  test('does not change the order it was given (the recorded fixtures are reused at every lookup)', () => {
    const order = data.orders[0];
    if (order === undefined) throw new Error('no fixture orders');
    const copy = structuredClone(order);
    shiftOrder(order, FORTY_DAYS_AND_A_BIT);
    expect(order).toEqual(copy);
  });

  test('writes times in UTC with a Z offset', () => {
    const order = data.orders.find((o) => o.orderNumber === '4000123456');
    const shifted = order && shiftOrder(order, 0);
    expect(shifted?.placedAt).toBe('2026-11-17T23:21:00.000Z');
    expect(shifted?.shipments[0]?.dispatchedAt).toBe('2026-11-19T05:02:00.000Z');
  });
});

describe('shiftAlert', () => {
  test.each(data.alerts.map((alert) => [alert.headline, alert] as const))('alert "%s": from and until move by the delta', (_headline, alert) => {
    const shifted = shiftAlert(alert, -FORTY_DAYS_AND_A_BIT);
    expect(Date.parse(shifted.from) - Date.parse(alert.from)).toBe(-FORTY_DAYS_AND_A_BIT);
    if (alert.until === null) expect(shifted.until).toBeNull();
    else expect(Date.parse(shifted.until ?? '') - Date.parse(alert.until)).toBe(-FORTY_DAYS_AND_A_BIT);
    expect(withoutTimes(shifted)).toEqual(withoutTimes(alert));
    expect(CarrierAlertSchema.safeParse(shifted).success).toBe(true);
  });
});
