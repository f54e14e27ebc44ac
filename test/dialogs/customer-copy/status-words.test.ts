import { statusLabel, statusMeaning, statusWords } from '../../../dialogs/customer-copy/status-words';
import { ShipmentStatusSchema } from '../../../src/domain/order';

const STATUSES = ShipmentStatusSchema.options;

describe('status words', () => {
  test('every status has its own short words and its own meaning', () => {
    expect(new Set(STATUSES.map(statusWords)).size).toBe(STATUSES.length);
    expect(new Set(STATUSES.map(statusMeaning)).size).toBe(STATUSES.length);
  });

  test.each(STATUSES)('"%s" is explained without our internal words', (status) => {
    for (const text of [statusWords(status), statusMeaning(status)]) {
      expect(text).not.toMatch(/shipment|fulfil|\bOMS\b|_/i);
    }
    expect(statusLabel(status)).toMatch(/^[A-Z]/);
  });

  test('plain words for the statuses customers ask about most', () => {
    expect(statusWords('shipped')).toBe('on its way');
    expect(statusWords('processing')).toBe('order received');
    expect(statusMeaning('cancelled')).toMatch(/refunded automatically/);
    expect(statusMeaning('out_for_delivery')).toMatch(/today/);
  });
});
