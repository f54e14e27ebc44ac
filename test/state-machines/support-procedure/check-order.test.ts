import { typedConversation } from '../../support/typed-conversation';

/**
 * Straight into what the customer said with the details (check-order.ts),
 * typed as a customer types it: a worry about a Click & Collect order with
 * nothing on the road is about collecting it.
 */
describe('a Click & Collect order asked about as if it were on its way', () => {
  test('"is my scooter still at chermside? been a few days" gets the card and how long it is held', async () => {
    const chat = await typedConversation();
    const turn = await chat.says('is my scooter still at chermside? been a few days sorry. 4000123466 grace.lee@example.com');
    expect(turn.keys).toEqual(['order_status', 'click_and_collect_info']);
    expect(turn.text).toContain('ready to collect from Kmart Chermside');
    expect(turn.text).toMatch(/We hold it for 7 days once it's ready, so you have until \w{3} \d{1,2} \w{3} to collect it/);
  });

  test('a late home delivery still goes to the delay branch', async () => {
    const chat = await typedConversation();
    const turn = await chat.says('4000123459 charlotte.wilson@example.com, it is really late');
    expect(turn.keys).toEqual(['parcel_delayed', 'offer_remedy']);
  });
});
