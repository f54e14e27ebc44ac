import { typedConversation } from '../../support/typed-conversation';

/**
 * A refund asked about for a cancelled parcel (remedy.ts), typed as a
 * customer types it: told with the details, the order is shown first (what
 * was cancelled, what is still coming), then where the money goes; nothing
 * is logged, since that refund needs no request.
 */
describe('the refund for a cancelled parcel', () => {
  test('asked together with the details, the order card comes first, then the refund named by its items', async () => {
    const chat = await typedConversation();
    const turn = await chat.says('got an email saying part of my order was cancelled?? order 4000123479, phone 0491573770');
    expect(turn.keys).toEqual(['order_status', 'refund_for_cancelled']);
    expect(turn.text).toContain('Anko Laundry Basket ×2');
    expect(turn.text).toContain('The cancelled part of your order (Anko Robot Vacuum) is refunded automatically');
    expect(await chat.cases('4000123479')).toEqual([]);
  });

  test('asked after the order was shown, only the refund is told', async () => {
    const chat = await typedConversation();
    await chat.says('4000123479 priya.sharma@example.com');
    const turn = await chat.says('do I get my money back for the vacuum?');
    expect(turn.keys).toEqual(['refund_for_cancelled']);
    expect(turn.text).toContain('refunded automatically to the payment method you used');
  });
});
