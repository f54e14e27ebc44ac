import { isOrderStale, ORDER_MAX_AGE_MS } from '../../src/domain/order-freshness';

describe('isOrderStale', () => {
  const readAt = '2026-11-20T01:00:00.000Z';
  const after = (ms: number) => new Date(Date.parse(readAt) + ms).toISOString();

  test('an order read up to 15 minutes ago is still fresh', () => {
    expect(ORDER_MAX_AGE_MS).toBe(15 * 60 * 1000);
    expect(isOrderStale(readAt, after(0))).toBe(false);
    expect(isOrderStale(readAt, after(ORDER_MAX_AGE_MS))).toBe(false);
  });

  test('an order read longer ago is read again before answering', () => {
    expect(isOrderStale(readAt, after(ORDER_MAX_AGE_MS + 1))).toBe(true);
    expect(isOrderStale(readAt, after(30 * 24 * 60 * 60 * 1000))).toBe(true);
  });

  test('times in any offset compare as instants', () => {
    expect(isOrderStale('2026-11-20T12:00:00+11:00', '2026-11-20T01:10:00Z')).toBe(false);
    expect(isOrderStale('2026-11-20T12:00:00+11:00', '2026-11-20T01:20:00Z')).toBe(true);
  });
});
