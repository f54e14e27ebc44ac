import type { OrderSource } from '../../../src/ports/order-source';
import { MAX_FAILED_LOOKUPS } from '../../../state-machines/support-procedure/procedure-limits';
import { OutageOrderSource, customerSays, email, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, conversation, details, says, foundOrder } from './branch-conversations';

/**
 * Collecting details (step 1) and checking the order (step 2), for guests and signed-in customers.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
describe('collecting details', () => {
  test('a new conversation is welcomed', async () => {
    const outcome = await conversation().send({ type: 'CONVERSATION_STARTED' });
    expect(replyKeys(outcome)).toEqual(['welcome']);
    expect(outcome.step).toBe('collect_details');
  });

  test('a greeting is answered with the question for both details', async () => {
    const outcome = await conversation().send(customerSays('hi', 'greeting'));
    expect(replyOf(outcome, 'ask_for_details').data).toEqual({ missing: 'both', problemNoted: null });
  });

  test('the problem is acknowledged once, the missing detail is asked for, then the branch starts without a menu', async () => {
    const driver = conversation();
    const first = await driver.send(says.notHere);
    expect(replyOf(first, 'ask_for_details').data).toEqual({ missing: 'both', problemNoted: 'delivered_not_received' });

    const second = await driver.send(customerSays('4000123462', 'track_order', { orderNumber: '4000123462' }));
    expect(replyOf(second, 'ask_for_details').data).toEqual({ missing: 'contact', problemNoted: null });

    const third = await driver.send(customerSays('noah.williams@example.com', 'track_order', { contact: email('noah.williams@example.com') }));
    expect(replyKeys(third)).toEqual(['missing_parcel_tips']);
    expect(third.offers).toEqual([{ kind: 'yes_no', question: 'found_parcel' }]);
    expect(driver.stateValue()).toEqual({ missingParcel: 'tips' });
  });

  test('details work in either order, and a phone number proves the order as well as an email', async () => {
    const driver = conversation();
    const first = await driver.send(customerSays('0412 345 678', 'track_order', { contact: { kind: 'phone', value: '+61412345678' } }));
    expect(replyOf(first, 'ask_for_details').data.missing).toBe('order_number');
    const second = await driver.send(customerSays('4000123456', 'track_order', { orderNumber: '4000123456' }));
    expect(replyOf(second, 'order_status').data.order.orderNumber).toBe('4000123456');
    expect(second.context.verified).toBe(true);
  });

  test('something that is not an order number gets help and no lookup', async () => {
    const driver = conversation();
    const outcome = await driver.send(customerSays('my order is 12345', 'track_order', { invalidOrderNumber: '12345' }));
    expect(replyOf(outcome, 'order_number_help').data).toEqual({ typed: '12345' });
    expect(driver.harness.orders.findOrderCalls).toEqual([]);
    expect(driver.stateValue()).toBe('collectingDetails');
  });

  test('an unknown order number and details that do not match read exactly the same: the bot is no oracle', async () => {
    const unknown = await conversation().send(customerSays('4000999999 sam', 'track_order', { orderNumber: '4000999999', contact: SAM.email }));
    const mismatch = await conversation().send(
      customerSays('x', 'track_order', { orderNumber: SAM.orderNumber, contact: email('someone.else@example.com') }),
    );
    expect(unknown.replies).toEqual([{ key: 'lookup_failed', data: { attemptsLeft: MAX_FAILED_LOOKUPS - 1 } }]);
    expect(mismatch.replies).toEqual(unknown.replies);
    expect(unknown.context).toMatchObject({ failedLookups: 1, verified: false, order: null });
  });

  test('after a failed attempt, correcting one detail is enough: the other still stands', async () => {
    const driver = conversation();
    await driver.send(customerSays('4000999999 sam', 'track_order', { orderNumber: '4000999999', contact: SAM.email }));
    const corrected = await driver.send(customerSays("sorry, it's 4000123456", 'track_order', { orderNumber: SAM.orderNumber }));
    expect(replyKeys(corrected)).toContain('order_status');
    expect(corrected.context).toMatchObject({ verified: true, failedLookups: 1 });
  });

  test('a message that adds no new detail never repeats a failed lookup', async () => {
    const driver = conversation();
    await driver.send(customerSays('4000999999 sam', 'track_order', { orderNumber: '4000999999', contact: SAM.email }));
    await driver.send(customerSays('hmm where is it', 'track_order'));
    expect(driver.harness.orders.findOrderCalls).toEqual(['4000999999']);
  });

  test('"same email as before" is the contact given earlier in the conversation', async () => {
    const driver = conversation();
    await driver.send(customerSays('4000999999 sam', 'track_order', { orderNumber: '4000999999', contact: SAM.email }));
    const again = await driver.send(customerSays('typo, 4000123456 same email', 'track_order', { orderNumber: SAM.orderNumber, sameContactAsBefore: true }));
    expect(again.context).toMatchObject({ verified: true, contact: SAM.email });
  });

  test('after three failed attempts no more lookups happen, whatever the customer does', async () => {
    const driver = conversation();
    const wrong = (n: string) => customerSays(n, 'track_order', { orderNumber: n, contact: SAM.email });
    await driver.send(wrong('4000999991'));
    await driver.send(customerSays('x', 'track_order', { orderNumber: SAM.orderNumber, contact: email('not.sam@example.com') }));
    const third = await driver.send(wrong('4000999993'));
    expect(replyKeys(third)).toEqual(['too_many_attempts']);
    expect(third.offers).toEqual([{ kind: 'topic', topic: 'talk_to_person' }]);
    expect(driver.stateValue()).toBe('lockedOut');
    expect(driver.harness.orders.findOrderCalls).toHaveLength(3);

    // The right details now, a restart, a goodbye and a new start: still no lookup.
    expect(replyKeys(await driver.send(details(SAM.orderNumber)))).toEqual(['too_many_attempts']);
    expect(replyKeys(await driver.send(says.restart))).toEqual(['too_many_attempts']);
    await driver.send(says.bye);
    expect(replyKeys(await driver.send(details(SAM.orderNumber)))).toContain('too_many_attempts');
    expect(driver.stateValue()).toBe('lockedOut');
    expect(driver.harness.orders.findOrderCalls).toHaveLength(3);

    const handoff = await driver.send(says.person);
    expect(handoff.handoff).toMatchObject({ reason: 'too_many_attempts', verified: false, failedLookups: 3, shipments: [] });
  });

  test('an order system that is down is not a failed attempt, keeps the details, and "yes" tries again', async () => {
    const outage = new OutageOrderSource();
    const driver = conversation({ orders: (fixtures) => outage.over(fixtures) });
    const down = await driver.send(details(SAM.orderNumber));
    expect(replyKeys(down)).toEqual(['order_system_unavailable']);
    expect(down.offers).toEqual([
      { kind: 'yes_no', question: 'retry_lookup' },
      { kind: 'topic', topic: 'talk_to_person' },
    ]);
    expect(down.context).toMatchObject({ failedLookups: 0, orderNumber: SAM.orderNumber, contact: SAM.email });

    outage.recover();
    const retried = await driver.send(says.yes);
    expect(replyOf(retried, 'order_status').data.order.orderNumber).toBe(SAM.orderNumber);
    expect(driver.harness.orders.findOrderCalls).toEqual([SAM.orderNumber, SAM.orderNumber]);
    expect(driver.harness.logger.warnings.map((w) => w.message)).toContain('order lookup failed');
  });

  test('an order source that throws is treated as the order system being down', async () => {
    const throwing: OrderSource = {
      findOrder: async () => {
        throw new Error('socket hang up');
      },
      recentOrdersOf: async () => ({ kind: 'not_found' }),
    };
    const outcome = await conversation({ orders: throwing }).send(details(SAM.orderNumber));
    expect(replyKeys(outcome)).toEqual(['order_system_unavailable']);
    expect(outcome.context.failedLookups).toBe(0);
  });
});

describe('signed-in customers', () => {
  test('see their recent orders and pick one without proving who they are', async () => {
    const driver = conversation();
    const listed = await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100002' });
    expect(replyOf(listed, 'recent_orders').data.orders.map((o) => o.orderNumber).sort()).toEqual(['4000123470', '4000123479']);
    expect(listed.offers.map((o) => o.kind)).toEqual(['order', 'order']);

    const picked = await driver.send({ type: 'CHOOSE_ORDER', orderNumber: '4000123470' });
    expect(replyOf(picked, 'order_status').data.order.orderNumber).toBe('4000123470');
    expect(picked.context).toMatchObject({ verified: true, contact: null });
  });

  test('typing one of their order numbers picks it too', async () => {
    const driver = conversation();
    await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100002' });
    const picked = await driver.send(customerSays('4000123479', 'track_order', { orderNumber: '4000123479' }));
    expect(replyOf(picked, 'order_status').data.order.orderNumber).toBe('4000123479');
  });

  test('an order that is not in their list still needs its contact detail', async () => {
    const driver = conversation();
    await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100002' });
    const outcome = await driver.send(customerSays(SAM.orderNumber, 'track_order', { orderNumber: SAM.orderNumber }));
    expect(replyOf(outcome, 'ask_for_details').data.missing).toBe('contact');
    expect(driver.harness.orders.findOrderCalls).toEqual([]);
  });

  test('a greeting in the same turn as the list is answered by the list alone', async () => {
    const outcome = await conversation().send({ type: 'SIGNED_IN', customerId: 'CUST-100002' }, customerSays('hi', 'greeting'));
    expect(replyKeys(outcome)).toEqual(['recent_orders']);
  });

  test('a greeting in a later turn gets a hello and the same choice', async () => {
    const driver = conversation();
    await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100002' });
    const outcome = await driver.send(customerSays('hey there', 'greeting'));
    expect(replyKeys(outcome)).toEqual(['pick_recent_order']);
    expect(outcome.offers.map((o) => o.kind)).toEqual(['order', 'order']);
  });

  test('a problem said together with the pick is kept', async () => {
    const driver = conversation();
    await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100001' });
    const outcome = await driver.send(customerSays("4000123478 never came", 'delivered_not_received', { orderNumber: '4000123478' }));
    expect(replyKeys(outcome)).toEqual(['missing_parcel_tips']);
    expect(outcome.context.customerSaid).toBe('4000123478 never came');
  });

  test('another order: their list again, and their own orders still need no contact detail', async () => {
    const driver = conversation();
    await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100001' });
    await driver.send({ type: 'CHOOSE_ORDER', orderNumber: '4000123456' });
    const another = await driver.send(customerSays('check another order', 'another_order'));
    expect(replyKeys(another)).toEqual(['recent_orders']);
    expect(another.offers.map((o) => o.kind)).toEqual(['order', 'order', 'order']);
    const typed = await driver.send(customerSays('4000123478', 'track_order', { orderNumber: '4000123478' }));
    expect(replyOf(typed, 'order_status').data.order.orderNumber).toBe('4000123478');
    expect(typed.context.contact).toBeNull();
  });

  test('one of their orders typed after someone else\'s is still theirs', async () => {
    const driver = conversation();
    await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100002' });
    expect(replyOf(await driver.send(customerSays(SAM.orderNumber, 'track_order', { orderNumber: SAM.orderNumber })), 'ask_for_details').data.missing).toBe('contact');
    const own = await driver.send(customerSays('4000123470', 'track_order', { orderNumber: '4000123470' }));
    expect(replyOf(own, 'order_status').data.order.orderNumber).toBe('4000123470');
    expect(driver.harness.orders.findOrderCalls).toEqual(['4000123470']);
  });

  test('an unknown customer is asked for details, and the sign-in is acted on once', async () => {
    const driver = conversation();
    const outcome = await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-999' });
    expect(replyOf(outcome, 'ask_for_details').data.missing).toBe('both');
    await driver.send({ type: 'SIGNED_IN', customerId: 'CUST-999' });
    expect(driver.harness.orders.recentOrdersCalls).toEqual(['CUST-999']);
  });
});

describe('another order', () => {
  test("the customer's other order, placed with the same details, is found without asking for them again", async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    const outcome = await driver.send(customerSays('what about 4000123476', 'another_order', { orderNumber: '4000123476' }));
    expect(replyOf(outcome, 'order_status').data.order.orderNumber).toBe('4000123476');
    expect(outcome.context).toMatchObject({ verified: true, failedLookups: 0, contactIsTentative: false });
    expect(outcome.context.tried).toContain('switched_to_another_order');
  });

  test('an order the earlier contact does not fit asks for its own contact, reveals nothing and costs no attempt', async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    const stranger = await driver.send(customerSays('what about 4000123459', 'another_order', { orderNumber: '4000123459' }));
    const missing = await conversation().send(customerSays('4000123459', 'track_order', { orderNumber: '4000123459' }));
    expect(stranger.replies).toEqual([{ key: 'ask_for_details', data: { missing: 'contact', problemNoted: null } }]);
    // The same words as for an order number given alone, so nothing says whether the order exists.
    expect(missing.replies).toEqual(stranger.replies);
    expect(stranger.context).toMatchObject({ order: null, verified: false, failedLookups: 0, contact: null });
  });

  test('"another order" without a number asks for it', async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    const outcome = await driver.send(customerSays('check another order', 'another_order'));
    expect(replyOf(outcome, 'ask_for_details').data.missing).toBe('both');
    expect(outcome.context.order).toBeNull();
  });
});
