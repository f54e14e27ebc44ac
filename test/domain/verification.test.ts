import { ContactDetailSchema, contactMatchesOrder, extractContact } from '../../src/domain/verification';
import { anOrder } from '../support/order-builder';

describe('contactMatchesOrder', () => {
  const order = anOrder({ customer: { email: ' Sam.Nguyen@Example.com ', phone: '0412 345 678' } });

  it('matches the e-mail trimmed and case-insensitively', () => {
    expect(contactMatchesOrder(order, { kind: 'email', value: 'sam.nguyen@example.com' })).toBe(true);
    expect(contactMatchesOrder(order, { kind: 'email', value: '  SAM.NGUYEN@EXAMPLE.COM' })).toBe(true);
  });

  it('rejects a different e-mail, including a near miss', () => {
    expect(contactMatchesOrder(order, { kind: 'email', value: 'sam.nguyen@example.co' })).toBe(false);
    expect(contactMatchesOrder(order, { kind: 'email', value: 'someone@example.com' })).toBe(false);
  });

  it.each(['+61412345678', '0412345678', '0412 345 678', '+61 412 345 678'])(
    'matches the phone written as %p against the order phone in national format',
    (value) => {
      expect(contactMatchesOrder(order, { kind: 'phone', value })).toBe(true);
    },
  );

  it('matches when the order keeps its phone in international format', () => {
    const international = anOrder({ customer: { phone: '+61 412 345 678' } });
    expect(contactMatchesOrder(international, { kind: 'phone', value: '+61412345678' })).toBe(true);
  });

  it('rejects a different phone', () => {
    expect(contactMatchesOrder(order, { kind: 'phone', value: '+61412345679' })).toBe(false);
  });

  it('never matches by phone when the order has no phone', () => {
    const noPhone = anOrder({ customer: { phone: null } });
    expect(contactMatchesOrder(noPhone, { kind: 'phone', value: '+61412345678' })).toBe(false);
  });

  it('never matches by phone when the order phone is unreadable, even against an equally unreadable offer', () => {
    const garbled = anOrder({ customer: { phone: 'n/a' } });
    expect(contactMatchesOrder(garbled, { kind: 'phone', value: 'n/a' })).toBe(false);
  });

  it('does not accept the phone as an e-mail or the e-mail as a phone', () => {
    expect(contactMatchesOrder(order, { kind: 'email', value: '0412 345 678' })).toBe(false);
    expect(contactMatchesOrder(order, { kind: 'phone', value: 'sam.nguyen@example.com' })).toBe(false);
  });
});

describe('extractContact', () => {
  it.each([
    ['sam.nguyen@example.com', { kind: 'email', value: 'sam.nguyen@example.com' }],
    ['it is Sam.Nguyen@Example.com thanks', { kind: 'email', value: 'sam.nguyen@example.com' }],
    ['my number is 0412 345 678', { kind: 'phone', value: '+61412345678' }],
    ['+61 412 345 678', { kind: 'phone', value: '+61412345678' }],
    ['(02) 9876 5432', { kind: 'phone', value: '+61298765432' }],
    ['412 345 678', { kind: 'phone', value: '+61412345678' }],
    ['61412345678', { kind: 'phone', value: '+61412345678' }],
    ['0412 345 678 or sam@example.com', { kind: 'email', value: 'sam@example.com' }],
  ])('%p -> %p', (text, expected) => {
    expect(extractContact(text)).toEqual(expected);
  });

  it.each(['no idea', '4000123456', 'my order is 4000123456', 'sam at example dot com'])('%p has no contact detail', (text) => {
    expect(extractContact(text)).toBeNull();
  });

  it('gives details that the schema accepts', () => {
    const detail = extractContact('0412 345 678');
    expect(ContactDetailSchema.safeParse(detail).success).toBe(true);
  });
});
