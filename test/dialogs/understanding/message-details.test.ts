import {
  findOrderNumberAttempt,
  isOnlyPlaceholders,
  maskDetails,
  readDetails,
} from '../../../dialogs/understanding/message-details';
import { DEFAULT_ORDER_NUMBER_PATTERN } from '../../../src/domain/order-number';

describe('readDetails', () => {
  it('reads order number and e-mail, normalised', () => {
    expect(readDetails('Order #4000-123-456, SAM@example.com', DEFAULT_ORDER_NUMBER_PATTERN)).toEqual({
      orderNumber: '4000123456',
      invalidOrderNumber: null,
      contact: { kind: 'email', value: 'sam@example.com' },
    });
  });

  it('prefers the e-mail when both e-mail and phone are given', () => {
    expect(readDetails('0412 345 678 or sam@example.com', DEFAULT_ORDER_NUMBER_PATTERN).contact).toEqual({
      kind: 'email',
      value: 'sam@example.com',
    });
  });

  it('does not report an attempt when a valid order number was found', () => {
    expect(readDetails('order 4000123456, ref AB12', DEFAULT_ORDER_NUMBER_PATTERN).invalidOrderNumber).toBeNull();
  });
});

describe('findOrderNumberAttempt', () => {
  it.each([
    ['my order number is 123', '123'],
    ['my order is 12345', '12345'],
    ['order ABC-12', 'ABC-12'],
    ['order no. 4000 12', '4000 12'],
    ['ref: 12AB please', '12AB'],
    ['#987', '987'],
    ['12345', '12345'],
    ['it is 40001234567890 i think', '40001234567890'],
  ])('finds %j -> %j', (text, attempt) => {
    expect(findOrderNumberAttempt(text)).toBe(attempt);
  });

  it.each([
    'I placed my order 2 days ago',
    'my order is late',
    'it has been 10 days',
    'ordered 5 things, 2 arrived',
    'call me on 0412 345 678',
    'sam123@example.com',
    'delivered on 12/11/2025',
  ])('finds none in %j', (text) => {
    expect(findOrderNumberAttempt(text)).toBeNull();
  });
});

describe('maskDetails', () => {
  it('replaces details with placeholder words and keeps the rest', () => {
    expect(maskDetails('order 4000 123 456, sam@example.com or 0412 345 678 - where is it?')).toBe(
      'ordernumber , emailaddress or phonenumber - where is it?',
    );
  });

  it('takes the words that label a detail with it, typos included, so a stray "no" is not left to read as a refusal', () => {
    expect(maskDetails('wheres me parcel ordr no 4000123473')).toBe('wheres me parcel ordernumber');
    expect(maskDetails('try my phone then, 08 5550 1234')).toBe('phonenumber');
    expect(maskDetails('my email is sam@example.com')).toBe('emailaddress');
  });

  it('masks a reference to the contact given earlier like the contact itself', () => {
    expect(maskDetails('same email as before')).toBe('emailaddress');
  });

  it('keeps short numbers that carry meaning', () => {
    expect(maskDetails('I was told 3 to 5 days, it has been 10')).toBe('I was told 3 to 5 days, it has been 10');
  });

  it('masks an order-number attempt too', () => {
    expect(maskDetails('order ABC-12')).toBe('ordernumber');
  });
});

describe('isOnlyPlaceholders, on a masked message', () => {
  const isOnlyDetails = (text: string) => isOnlyPlaceholders(maskDetails(text));
  it.each(['4000123456 sam@example.com', '#4000-123-456.', '0412 345 678', 'sam@example.com, 4000123456!', 'order 4000123456', 'order no: 4000123456'])(
    'is true for %j',
    (text) => {
      expect(isOnlyDetails(text)).toBe(true);
    },
  );

  it.each(['where is 4000123456', '...', 'hello'])('is false for %j', (text) => {
    expect(isOnlyDetails(text)).toBe(false);
  });
});
