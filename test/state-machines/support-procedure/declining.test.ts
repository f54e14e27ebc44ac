import { typedConversation } from '../../support/typed-conversation';

/**
 * Saying no to what the bot offered or read back (declining.ts), typed as a
 * customer types it and read by the real understander: the offer is left,
 * nothing is logged, whatever else the message asked is answered, and a
 * refused remedy is not offered again for the order.
 */
const LATE = '4000123459 charlotte.wilson@example.com, it is really late';

describe('declining an offer', () => {
  test('"no, but ..." declines the remedy and answers the rest of the message', async () => {
    const chat = await typedConversation();
    expect((await chat.says(LATE)).keys).toEqual(['parcel_delayed', 'offer_remedy']);

    const declined = await chat.says('nah, not a refund, just tell me which courier has it');
    expect(declined.keys).toEqual(['request_declined', 'carrier_details']);
    expect(declined.text).toMatch(/leave it as it is/);
    expect(declined.text).toMatch(/is with Australia Post/);
    expect(declined.buttons).not.toContain('Yes please');
    expect(await chat.cases('4000123459')).toEqual([]);
  });

  test('a refused remedy is not offered again when the customer comes back to the delay', async () => {
    const chat = await typedConversation();
    await chat.says(LATE);
    expect((await chat.says('no thanks')).keys).toEqual(['request_declined']);

    const again = await chat.says("hmm it's still late though");
    expect(again.keys).toEqual(['parcel_delayed']);
    expect(again.text).toMatch(/running late/);
    expect(again.text).not.toMatch(/refund/i);
    expect(again.buttons).not.toContain('Yes please');
  });

  test('a remedy refused before it was offered ("I don\'t want a refund, I want the parcel") is never offered', async () => {
    const chat = await typedConversation();
    await chat.says('4000123459 charlotte.wilson@example.com');
    const refused = await chat.says("I don't want a refund, I want the parcel, it is late");
    expect(refused.keys).toEqual(['request_declined', 'parcel_delayed']);
    expect((await chat.says('my parcel is late')).text).not.toMatch(/refund/i);
    expect(await chat.cases('4000123459')).toEqual([]);
  });

  test('a refused remedy can still be asked for by name later, and is read back first', async () => {
    const chat = await typedConversation();
    await chat.says(LATE);
    await chat.says('no thanks');
    const asked = await chat.says('actually can I get a refund');
    expect(asked.keys).toEqual(['confirm_remedy']);
    expect(await chat.cases('4000123459')).toEqual([]);
  });

  test('"no, leave it, but when will it arrive?" to an address read-back changes nothing and gives the status', async () => {
    const chat = await typedConversation();
    await chat.says('4000123456 sam.nguyen@example.com');
    expect((await chat.says('I need to change the delivery address to 14 Riley St, Surry Hills NSW 2010')).keys).toEqual(['confirm_address']);

    const declined = await chat.says('no, leave it, but when will it arrive?');
    expect(declined.keys).toEqual(['request_declined', 'order_status']);
    expect(declined.text).toMatch(/haven't changed anything/);
    expect(declined.text).toMatch(/should arrive between/);
    expect(await chat.cases('4000123456')).toEqual([]);
  });

  test('"no thanks, what does in transit mean?" to a Marketplace ticket opens none and answers the question', async () => {
    const chat = await typedConversation();
    await chat.says('4000123471 zoe.campbell@example.com');
    expect((await chat.says("question about the marketplace seller, it hasn't arrived")).keys).toContain('offer_marketplace_ticket');

    const declined = await chat.says('no thanks, what does in transit mean?');
    expect(declined.keys).toEqual(['request_declined', 'status_meanings']);
    expect(declined.text).toMatch(/haven't opened a ticket/);
    expect(await chat.cases('4000123471')).toEqual([]);
  });
});
