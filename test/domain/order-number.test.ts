import {
  DEFAULT_ORDER_NUMBER_PATTERN,
  findOrderNumber,
  normaliseOrderNumber,
  orderNumberPattern,
} from '../../src/domain/order-number';

describe('orderNumberPattern', () => {
  it('defaults to 8 to 12 digits, whole string only', () => {
    expect(DEFAULT_ORDER_NUMBER_PATTERN.test('12345678')).toBe(true);
    expect(DEFAULT_ORDER_NUMBER_PATTERN.test('123456789012')).toBe(true);
    expect(DEFAULT_ORDER_NUMBER_PATTERN.test('1234567')).toBe(false);
    expect(DEFAULT_ORDER_NUMBER_PATTERN.test('1234567890123')).toBe(false);
    expect(DEFAULT_ORDER_NUMBER_PATTERN.test('x12345678')).toBe(false);
  });

  it('anchors a configured source that lacks anchors', () => {
    const pattern = orderNumberPattern('\\d{10}');
    expect(pattern.test('4000123456')).toBe(true);
    expect(pattern.test('40001234567')).toBe(false);
  });

  it('anchors every branch of an alternation, not just the ends', () => {
    const pattern = orderNumberPattern('\\d{10}|KM\\d{6}');
    expect(pattern.test('KM123456')).toBe(true);
    expect(pattern.test('4000123456XYZ')).toBe(false);
    expect(pattern.test('XYZKM123456')).toBe(false);
  });

  it('keeps a source that is already anchored working', () => {
    expect(orderNumberPattern('^\\d{8,12}$').test('4000123456')).toBe(true);
  });
});

describe('normaliseOrderNumber', () => {
  it.each([
    ['4000123456', '4000123456'],
    ['  4000 123 456 ', '4000123456'],
    ['4000-123-456', '4000123456'],
    ['#4000123456', '4000123456'],
    ['# 4000-123-456', '4000123456'],
    ['4000\u2013123\u2013456', '4000123456'],
  ])('%p -> %p', (raw, expected) => {
    expect(normaliseOrderNumber(raw, DEFAULT_ORDER_NUMBER_PATTERN)).toBe(expected);
  });

  it.each(['', '#', '1234567', '1234567890123', '4000.123.456', 'order 4000123456', '40001234#56'])(
    'rejects %p under the default pattern',
    (raw) => {
      expect(normaliseOrderNumber(raw)).toBeNull();
    },
  );

  it('upper-cases letters when the configured pattern allows them', () => {
    const pattern = orderNumberPattern('KM\\d{8}');
    expect(normaliseOrderNumber('km-1234-5678', pattern)).toBe('KM12345678');
    expect(normaliseOrderNumber('1234-5678', pattern)).toBeNull();
  });

  it('gives the same answer on repeated calls with a global pattern', () => {
    const global = /^\d{8,12}$/g;
    expect(normaliseOrderNumber('4000123456', global)).toBe('4000123456');
    expect(normaliseOrderNumber('4000123456', global)).toBe('4000123456');
  });
});

describe('findOrderNumber', () => {
  it.each([
    ['hi my order is #4000-123-456 thanks', '4000123456'],
    ['order 4000 123 456, sam@example.com, where is it?', '4000123456'],
    ['4000123456', '4000123456'],
    ['Order number: 4000123456.', '4000123456'],
    ['where is order#4000123456?', '4000123456'],
    ['order 4000 - 123 - 456 please', '4000123456'],
  ])('finds it in %p', (text, expected) => {
    expect(findOrderNumber(text, DEFAULT_ORDER_NUMBER_PATTERN)).toBe(expected);
  });

  describe('never takes a phone number', () => {
    it.each([
      ['0412 345 678'],
      ['call me on 0412 345 678'],
      ['my mobile is 0412345678'],
      ['+61 412 345 678'],
      ['+61412345678'],
      ['(02) 9876 5432'],
      ['02 9876 5432'],
      ['reach me at +1 650 253 0000'],
    ])('%p has no order number', (text) => {
      expect(findOrderNumber(text)).toBeNull();
    });

    it.each([
      ['call me on 0412 345 678 about 4000123456', '4000123456'],
      ['0412 345 678 4000123456', '4000123456'],
      ['4000123456 0412 345 678', '4000123456'],
      ['+61412345678,4000123456', '4000123456'],
      ['(02) 9876 5432 order 4000 123 456', '4000123456'],
      ['ph +61 412 345 678 ord 4000-123-456', '4000123456'],
    ])('picks the order number beside the phone in %p', (text, expected) => {
      expect(findOrderNumber(text)).toBe(expected);
    });

    it('reads a bare 10-digit number as an order number, not a phone', () => {
      expect(findOrderNumber('4000123456')).toBe('4000123456');
    });

    it('takes a #-marked number as the order number even if it looks like a mobile', () => {
      expect(findOrderNumber('#0412345678')).toBe('0412345678');
    });
  });

  it('never takes digits from an e-mail address', () => {
    expect(findOrderNumber('my email is 4000123456@example.com')).toBeNull();
    expect(findOrderNumber('40001234@example.com order 4000123456')).toBe('4000123456');
  });

  describe('dates and postcodes', () => {
    it.each(['delivered 2026-11-19?', 'ordered on 19/11/2026', 'placed 19.11.2026', 'on 19 11 2026', 'US style 11/19/2026', 'on 2026/11/19'])(
      '%p has no order number',
      (text) => {
        expect(findOrderNumber(text)).toBeNull();
      },
    );

    it('skips a date next to the order number', () => {
      expect(findOrderNumber('ordered 2026-11-18 order 4000123456')).toBe('4000123456');
    });

    it('does not glue a postcode onto the order number', () => {
      expect(findOrderNumber('Parramatta NSW 2150 40001234')).toBe('40001234');
      expect(findOrderNumber('postcode 2150 4000 1234')).toBe('40001234');
    });

    it('a bare postcode is too short to be an order number', () => {
      expect(findOrderNumber('I live in 2150')).toBeNull();
    });
  });

  describe('choosing among readings of a run of numbers', () => {
    it('prefers a number typed solid over gluing a neighbour on', () => {
      expect(findOrderNumber('order 4000123456 2 items missing')).toBe('4000123456');
      expect(findOrderNumber('2150 40001234')).toBe('40001234');
    });

    it('joins unevenly grouped digits', () => {
      expect(findOrderNumber('4000 1234 56')).toBe('4000123456');
    });

    it('takes the leftmost of equally good readings', () => {
      expect(findOrderNumber('4000 123 456 2150')).toBe('4000123456');
    });

    it('takes the first of two order numbers', () => {
      expect(findOrderNumber('orders 40001234 and 50005678')).toBe('40001234');
    });

    it('prefers a #-marked number over an earlier bare one', () => {
      expect(findOrderNumber('ref 99998888 for my order #4000123456')).toBe('4000123456');
    });
  });

  describe('configured patterns with letters', () => {
    const km = orderNumberPattern('KM\\d{8}');

    it('joins a letter prefix the pattern asks for', () => {
      expect(findOrderNumber('my order is KM 1234 5678 thanks', km)).toBe('KM12345678');
      expect(findOrderNumber('order #km-1234-5678', km)).toBe('KM12345678');
    });

    it('never builds an order number out of words alone', () => {
      const loose = orderNumberPattern('[A-Z0-9]{8,12}');
      expect(findOrderNumber('thanks heaps mate', loose)).toBeNull();
      expect(findOrderNumber('thanks heaps mate 40001234', loose)).toBe('40001234');
    });
  });

  it('returns null when nothing matches', () => {
    expect(findOrderNumber('where is my stuff?')).toBeNull();
    expect(findOrderNumber('order 1234567')).toBeNull();
  });
});
