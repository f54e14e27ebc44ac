import timeframesJson from '../../src/config/delivery-timeframes.json';
import {
  defaultDeliveryTimeframes,
  isExpressOffered,
  parseDeliveryTimeframes,
  timeframeFor,
} from '../../src/domain/delivery-timeframes';

/** A deep copy of the shipped file that a test can break in one place. */
function editableTable(): Record<string, unknown> & typeof timeframesJson {
  return structuredClone(timeframesJson);
}

describe('delivery timeframes table', () => {
  it('ships the figures published in the order API contract', () => {
    expect(defaultDeliveryTimeframes.processingBusinessDays).toBe(3);
    expect(defaultDeliveryTimeframes.trackingGraceHours).toBe(48);
    expect(defaultDeliveryTimeframes.clickAndCollect).toEqual({ cutoffLocalTime: '12:00', sameDayReadyLocalTime: '16:00', holdDays: 7 });
    expect(timeframeFor('metro', 'standard', defaultDeliveryTimeframes)).toEqual({ minBusinessDays: 3, maxBusinessDays: 5 });
    expect(timeframeFor('metro', 'express', defaultDeliveryTimeframes)).toEqual({ minBusinessDays: 1, maxBusinessDays: 2 });
    expect(timeframeFor('regional', 'standard', defaultDeliveryTimeframes)).toEqual({ minBusinessDays: 7, maxBusinessDays: 10 });
    expect(timeframeFor('remote', 'standard', defaultDeliveryTimeframes)).toEqual({ minBusinessDays: 14, maxBusinessDays: 20 });
  });

  it('offers express in metro only, because the table says null elsewhere', () => {
    expect(isExpressOffered('metro', defaultDeliveryTimeframes)).toBe(true);
    expect(isExpressOffered('regional', defaultDeliveryTimeframes)).toBe(false);
    expect(isExpressOffered('remote', defaultDeliveryTimeframes)).toBe(false);
  });

  it('follows a deployment that offers express in regional areas', () => {
    const table = editableTable();
    const custom = parseDeliveryTimeframes({
      ...table,
      homeDelivery: { ...table.homeDelivery, regional: { ...table.homeDelivery.regional, express: { minBusinessDays: 2, maxBusinessDays: 4 } } },
    });
    expect(isExpressOffered('regional', custom)).toBe(true);
    expect(timeframeFor('regional', 'express', custom)).toEqual({ minBusinessDays: 2, maxBusinessDays: 4 });
  });

  describe('parse errors name the problem', () => {
    it('names a missing field by its path', () => {
      const table = editableTable();
      const { processingBusinessDays: _dropped, ...rest } = table;
      expect(() => parseDeliveryTimeframes(rest)).toThrow(/^Invalid delivery timeframes: processingBusinessDays: /);
    });

    it('rejects a band whose minimum exceeds its maximum', () => {
      const table = editableTable();
      table.homeDelivery.metro.standard = { minBusinessDays: 6, maxBusinessDays: 5 };
      expect(() => parseDeliveryTimeframes(table)).toThrow('homeDelivery.metro.standard: minBusinessDays must not exceed maxBusinessDays');
    });

    it('rejects a cut-off that is not an HH:MM local time', () => {
      const table = editableTable();
      table.clickAndCollect.cutoffLocalTime = '12pm';
      expect(() => parseDeliveryTimeframes(table)).toThrow('clickAndCollect.cutoffLocalTime: must be a 24-hour local time "HH:MM"');
    });

    it('rejects fractional or negative day counts', () => {
      const table = editableTable();
      table.homeDelivery.remote.standard.maxBusinessDays = 20.5;
      expect(() => parseDeliveryTimeframes(table)).toThrow(/homeDelivery\.remote\.standard\.maxBusinessDays/);
      const negative = editableTable();
      negative.processingBusinessDays = -1;
      expect(() => parseDeliveryTimeframes(negative)).toThrow(/processingBusinessDays/);
    });

    it('rejects a misspelt key instead of ignoring it', () => {
      const table = editableTable();
      table['procesingBusinessDays'] = 2;
      expect(() => parseDeliveryTimeframes(table)).toThrow(/procesingBusinessDays/);
    });

    it('rejects something that is not a table at all', () => {
      expect(() => parseDeliveryTimeframes('3 to 5 days')).toThrow(/^Invalid delivery timeframes: \(root\): /);
    });
  });
});
