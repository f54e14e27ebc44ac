import { customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, conversation, says, foundOrder } from './branch-conversations';

/**
 * Explaining the order, and what happens when a question is pending or a message is not understood.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
describe('explaining the order', () => {
  test('a found order is explained and the follow-ups fit it', async () => {
    const { driver, outcome } = await foundOrder(SAM.orderNumber);
    expect(replyKeys(outcome)).toEqual(['order_status']);
    expect(outcome.offers).toEqual(
      ['wrong_address', 'another_order', 'talk_to_person', 'done'].map((topic) => ({ kind: 'topic', topic })),
    );
    expect(driver.stateValue()).toBe('awaitingFollowUp');
    expect(outcome.step).toBe('explain_status');

    expect(replyKeys(await driver.send(customerSays('where is it', 'track_order')))).toEqual(['order_status']);
  });

  test('"what does it mean" before any order is answered straight away, with an offer to check one', async () => {
    const first = await conversation().send(customerSays('what does picking mean', 'status_meaning', { statuses: ['picking'] }));
    expect(first.replies).toEqual([
      { key: 'status_meanings', data: { statuses: ['picking'] } },
      { key: 'check_an_order', data: {} },
    ]);
  });

  test('"what does it mean" about a found order gives the meaning of each status on it', async () => {
    const { driver } = await foundOrder('4000123470');
    const meanings = await driver.send(says.statusMeaning);
    expect(replyOf(meanings, 'status_meanings').data.statuses.sort()).toEqual(['delivered', 'processing', 'shipped']);
  });

  test('a Click & Collect question is answered for Click & Collect orders only', async () => {
    const collect = await foundOrder('4000123466', says.clickAndCollect);
    expect(replyKeys(collect.outcome)).toEqual(['order_status', 'click_and_collect_info']);
    expect(collect.outcome.offers).toContainEqual({ kind: 'topic', topic: 'click_and_collect' });
    const home = await foundOrder(SAM.orderNumber);
    expect(replyKeys(await home.driver.send(says.clickAndCollect))).toEqual(['not_click_and_collect']);
  });
});

describe('messages that are not understood', () => {
  test('off-topic and unclear messages get a short reply and leave the state alone', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    for (const [event, key] of [
      [customerSays("what's the weather", 'off_topic'), 'off_topic'],
      [says.gibberish, 'not_understood'],
      [customerSays('', 'none', { notUnderstood: 'empty' }), 'not_understood'],
    ] as const) {
      const outcome = await driver.send(event);
      expect(replyKeys(outcome)).toEqual([key]);
      expect(driver.stateValue()).toEqual({ missingParcel: 'tips' });
    }
  });

  test('the third confusion in a row offers a person; understanding resets the count', async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    const first = await driver.send(says.gibberish);
    expect(replyOf(first, 'not_understood').data).toEqual({ reason: 'gibberish', offerPerson: false });
    await driver.send(says.gibberish);
    const third = await driver.send(says.gibberish);
    expect(replyOf(third, 'not_understood').data.offerPerson).toBe(true);
    // The step's own buttons stay, with a person added last.
    expect(third.offers.at(-1)).toEqual({ kind: 'topic', topic: 'talk_to_person' });
    expect(third.offers.filter((o) => o.kind === 'topic' && o.topic === 'talk_to_person')).toHaveLength(1);
    expect(third.offers.length).toBeGreaterThan(1);

    await driver.send(customerSays('what does shipped mean', 'status_meaning'));
    expect(replyOf(await driver.send(says.gibberish), 'not_understood').data.offerPerson).toBe(false);
  });
});

describe('a question is pending', () => {
  test('a message that is not understood keeps the step and offers its buttons again', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    const confused = await driver.send(says.gibberish);
    expect(replyKeys(confused)).toEqual(['not_understood']);
    expect(confused.offers).toEqual([{ kind: 'yes_no', question: 'found_parcel' }]);
    expect(driver.stateValue()).toEqual({ missingParcel: 'tips' });
  });

  test('another follow-up instead of yes or no is answered, and the investigation is not opened', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    const switched = await driver.send(says.statusMeaning);
    expect(replyKeys(switched)).toEqual(['status_meanings']);
    expect(driver.stateValue()).toBe('awaitingFollowUp');
    expect(await driver.harness.caseStore.casesForOrder('4000123462')).toEqual([]);
  });

  test('a button from an earlier step gets an answer, not silence', async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    const stale = await driver.send({ type: 'CHOOSE_SHIPMENT', shipmentId: 'S9' });
    expect(replyKeys(stale)).toEqual(['not_understood']);
    expect(driver.stateValue()).toBe('awaitingFollowUp');
  });

  test('a second goodbye is answered', async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    await driver.send(says.bye);
    expect(replyKeys(await driver.send(says.bye))).toEqual(['goodbye']);
  });
});
