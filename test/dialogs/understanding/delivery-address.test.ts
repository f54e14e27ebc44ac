import { findDeliveryAddress } from '../../../dialogs/understanding/delivery-address';

/** A new delivery address as customers type one, wherever in the message it is. */
describe('findDeliveryAddress', () => {
  it.each([
    ['14 Riley St, Surry Hills NSW 2010', '14 Riley St, Surry Hills NSW 2010'],
    ['should be unit 3/210 crown st please', 'unit 3/210 crown st'],
    // After a greeting sentence: the address is in the second one.
    [
      'Hi! I typed the wrong street number on order 4000123464 (isla.thompson@example.com) — it should be 15 Crown St Surry Hills NSW 2010, not 51',
      '15 Crown St Surry Hills NSW 2010',
    ],
  ])('"%s" gives %s', (text, address) => {
    expect(findDeliveryAddress(text)).toBe(address);
  });

  it.each(['where is my order?', 'Hi! It is late. Can you check?'])('"%s" has none', (text) => {
    expect(findDeliveryAddress(text)).toBeNull();
  });
});
