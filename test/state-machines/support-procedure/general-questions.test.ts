import { typedConversation } from '../../support/typed-conversation';

/**
 * General questions once the order is known (general-questions.ts), typed as
 * a customer types them: a Click & Collect question is answered from the
 * customer's own order (its store, what is ready and until when it is held),
 * store hours from the collection store the order carries, and a question
 * told together with the details is answered after verification, not dropped.
 */
const GRACE = '4000123466 grace.lee@example.com';
const HELD_UNTIL = /you have until (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} to collect it/;
const ASKS_FOR_ORDER_NUMBER = /(what'?s|need|send|give me|tell me|provide) (me )?(your|the) order number/i;

describe('Click & Collect questions about the verified order', () => {
  test('a hold-time question sent with the details is answered after the order card', async () => {
    const chat = await typedConversation();
    const turn = await chat.says(`${GRACE} how much longer will they keep it for me`);
    expect(turn.keys).toEqual(['order_status', 'click_and_collect_info']);
    expect(turn.text).toMatch(HELD_UNTIL);
    expect(turn.text).toContain('We hold it for 7 days');
  });

  test('"how long have I got to get it?" after the order is shown says until when this order is held', async () => {
    const chat = await typedConversation();
    await chat.says(GRACE);
    const turn = await chat.says('how long have i got to get it');
    expect(turn.keys).toEqual(['click_and_collect_info']);
    expect(turn.text).toMatch(HELD_UNTIL);
    expect(turn.text).toContain('Kmart Chermside');
    expect(turn.text).not.toMatch(ASKS_FOR_ORDER_NUMBER);
  });

  test('store hours are the collection store\'s own, from the order, with its phone', async () => {
    const chat = await typedConversation();
    await chat.says(GRACE);
    const turn = await chat.says('what are the store hours?');
    expect(turn.keys).toEqual(['click_and_collect_info']);
    expect(turn.text).toContain('Kmart Chermside. Opening hours: Mon-Sun 7am-11pm.');
    expect(turn.text).toContain('\\(07\\) 5550 4032'); // markdown-escaped, as Web Chat receives it
  });

  test('store hours before any order, or for a home delivery, point to the store finder', async () => {
    const before = await typedConversation();
    const asked = await before.says('what are the store hours?');
    expect(asked.keys).toContain('out_of_scope');
    expect(asked.text).toContain('store finder');

    const delivered = await typedConversation();
    await delivered.says('4000123456 sam.nguyen@example.com');
    const turn = await delivered.says('what are the store hours?');
    expect(turn.keys).toEqual(['out_of_scope']);
    expect(turn.text).toContain('store finder');
  });
});
