import {
  findAuPhone,
  findAuPhones,
  findEmail,
  findEmails,
  normaliseAuPhone,
  normaliseEmail,
} from '../../src/domain/contact';

describe('normaliseEmail', () => {
  it('trims and lower-cases a valid address', () => {
    expect(normaliseEmail('  Sam.Nguyen@Example.COM \n')).toBe('sam.nguyen@example.com');
  });

  it.each(['', 'sam', 'sam@', '@example.com', 'sam@example', 'sam nguyen@example.com', 'sam@@example.com'])(
    'rejects %p',
    (raw) => {
      expect(normaliseEmail(raw)).toBeNull();
    },
  );
});

describe('findEmail', () => {
  it.each([
    ['order 4000 123 456, sam@example.com, where is it?', 'sam@example.com'],
    ['my email is Sam.Nguyen@Example.com.', 'sam.nguyen@example.com'],
    ["it's 'o'brien@example.com.au' thanks", "o'brien@example.com.au"],
    ['<sam+orders@example.com>', 'sam+orders@example.com'],
  ])('finds the address in %p', (text, expected) => {
    expect(findEmail(text)).toBe(expected);
  });

  it('returns null when there is no address', () => {
    expect(findEmail('where is my order 4000123456 @ kmart')).toBeNull();
  });

  it('reports where the address is, so other readers can skip it', () => {
    const text = 'hi sam@example.com 4000123456';
    expect(findEmails(text)).toEqual([{ value: 'sam@example.com', start: 3, end: 18 }]);
  });
});

describe('normaliseAuPhone', () => {
  it.each([
    ['0412 345 678', '+61412345678'],
    ['0412345678', '+61412345678'],
    ['0412-345-678', '+61412345678'],
    ['+61 412 345 678', '+61412345678'],
    ['+61412345678', '+61412345678'],
    ['+61 (0)412 345 678', '+61412345678'],
    ['61412345678', '+61412345678'],
    ['412 345 678', '+61412345678'],
    ['(02) 9876 5432', '+61298765432'],
    ['02 9876 5432', '+61298765432'],
    ['(08) 9123 4567', '+61891234567'],
    ['1300 361 000', '+611300361000'],
    ['1800 123 456', '+611800123456'],
    ['13 13 18', '+61131318'],
  ])('%p -> %p', (raw, e164) => {
    expect(normaliseAuPhone(raw)).toBe(e164);
  });

  it.each([
    '',
    'abc',
    '4000123456', // a 10-digit order number: too long for an Australian national number
    '0412 345 67', // a digit short
    '0412 345 6789', // a digit too many
    '9876 5432', // landline without its area code
    '2150',
    'call me on 0412 345 678', // a sentence is not a bare number: use findAuPhone
  ])('rejects %p', (raw) => {
    expect(normaliseAuPhone(raw)).toBeNull();
  });
});

describe('findAuPhone', () => {
  it.each([
    ['call me on 0412 345 678 please', '+61412345678', '0412 345 678'],
    ['mobile: 0412345678', '+61412345678', '0412345678'],
    ['ring +61 412 345 678 anytime', '+61412345678', '+61 412 345 678'],
    ['home (02) 9876 5432', '+61298765432', '(02) 9876 5432'],
    ['work 02 9876 5432.', '+61298765432', '02 9876 5432'],
    ['us number +1 650 253 0000', '+16502530000', '+1 650 253 0000'],
  ])('finds the phone in %p', (text, e164, written) => {
    const found = findAuPhone(text);
    expect(found?.e164).toBe(e164);
    expect(found && text.slice(found.start, found.end)).toBe(written);
  });

  it.each([
    ['a 10-digit order number', 'my order is 4000123456'],
    ['a 9-digit order number that is also a valid mobile without its 0', 'order 400012345'],
    ['a mobile with country code but no +', 'order 61412345678'],
    ['an order number in groups', 'order 4000 123 456'],
    ['an order number marked with #', 'order #0412345678'],
    ['a 1300 number', 'I rang 1300 361 000'],
    ['a postcode', 'Parramatta NSW 2150'],
  ])('does not take %s as a phone', (_label, text) => {
    expect(findAuPhone(text)).toBeNull();
  });

  it('finds a phone right after an order number without eating it', () => {
    const text = '4000123456 0412 345 678';
    expect(findAuPhones(text)).toEqual([{ e164: '+61412345678', start: 11, end: 23 }]);
  });

  it('stops a phone at the group boundary before a following order number', () => {
    const text = '0412 345 678 4000123456';
    expect(findAuPhones(text)).toEqual([{ e164: '+61412345678', start: 0, end: 12 }]);
  });

  it('does not run past a comma into the next number', () => {
    const text = '+61412345678,4000123456';
    expect(findAuPhones(text)).toEqual([{ e164: '+61412345678', start: 0, end: 12 }]);
  });

  it('finds every phone in the text', () => {
    expect(findAuPhones('ring (02) 9876 5432 or +61 412 345 678').map((p) => p.e164)).toEqual([
      '+61298765432',
      '+61412345678',
    ]);
  });
});
