import type { CarrierAlertSource } from '../../src/ports/carrier-alert-source';
import type { OrderSource } from '../../src/ports/order-source';
import type { SupportEvent } from '../../state-machines/support-events';
import { MAX_FAILED_LOOKUPS } from '../../state-machines/support-procedure/procedure-limits';
import {
  ConversationDriver,
  FailingCaseStore,
  MANY_PARCELS_ORDER,
  OutageOrderSource,
  customerSays,
  email,
  loadedFixtureData,
  procedureHarness,
  replyKeys,
  replyOf,
  type HarnessOptions,
} from '../support/procedure-harness';

/**
 * Each branch of the support procedure, driven with the events the use case
 * sends (understandings built by hand, so these tests are about the machine,
 * not the NLU) over the real fixture adapters, one turn at a time, with the
 * snapshot going through JSON between turns as it does in production.
 */

const SAM = { orderNumber: '4000123456', email: email('sam.nguyen@example.com') };

function conversation(options: HarnessOptions = {}): ConversationDriver {
  return new ConversationDriver(procedureHarness({ extraOrders: [MANY_PARCELS_ORDER], ...options }));
}

/** The order number and the email on the order, in one message. */
function details(orderNumber: string): SupportEvent {
  const order = [...loadedFixtureData().orders, MANY_PARCELS_ORDER].find((o) => o.orderNumber === orderNumber);
  if (!order) throw new Error(`no order ${orderNumber}`);
  return customerSays(`${orderNumber} ${order.customer.email}`, 'track_order', { orderNumber, contact: email(order.customer.email.toLowerCase()) });
}

const says = {
  yes: customerSays('yes', 'affirm'),
  no: customerSays('no', 'deny'),
  restart: customerSays('start over', 'restart'),
  person: customerSays('can I talk to a person', 'talk_to_person'),
  bye: customerSays("that's all", 'done'),
  notHere: customerSays("it says delivered but it isn't here", 'delivered_not_received'),
  late: customerSays('my parcel is late', 'parcel_delayed'),
  notUpdating: customerSays("tracking hasn't updated", 'tracking_not_updating'),
  noTracking: customerSays('no tracking yet', 'no_tracking_yet'),
  wrongAddress: customerSays('I put the wrong address', 'wrong_address'),
  marketplace: customerSays('question about a marketplace seller', 'marketplace_question'),
  statusMeaning: customerSays('what does picking mean', 'status_meaning'),
  clickAndCollect: customerSays('is my click and collect ready', 'click_and_collect'),
  gibberish: customerSays('sdkjfh qwpoe', 'none', { notUnderstood: 'gibberish' }),
};

/** A found order, settled at the follow-up question, with the problem (if any) raised first. */
async function foundOrder(orderNumber: string, problem?: SupportEvent, options: HarnessOptions = {}) {
  const driver = conversation(options);
  if (problem) await driver.send(problem);
  const outcome = await driver.send(details(orderNumber));
  return { driver, outcome };
}

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

  test('an unknown order number is a failed attempt that names the number and the attempts left', async () => {
    const driver = conversation();
    const outcome = await driver.send(customerSays('4000999999 sam', 'track_order', { orderNumber: '4000999999', contact: SAM.email }));
    expect(replyOf(outcome, 'order_not_found').data).toEqual({ orderNumber: '4000999999', attemptsLeft: MAX_FAILED_LOOKUPS - 1 });
    expect(outcome.context).toMatchObject({ failedLookups: 1, orderNumber: null, contact: null, verified: false, order: null });
  });

  test('details that do not match say nothing about which one was wrong', async () => {
    const driver = conversation();
    const outcome = await driver.send(customerSays('x', 'track_order', { orderNumber: SAM.orderNumber, contact: email('someone.else@example.com') }));
    expect(replyKeys(outcome)).toEqual(['details_dont_match']);
    expect(replyOf(outcome, 'details_dont_match').data).toEqual({ attemptsLeft: 2 });
    expect(outcome.context.order).toBeNull();
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

  test('"what does it mean" adds the meaning of each status on the order', async () => {
    const { outcome } = await foundOrder('4000123470', says.statusMeaning);
    expect(replyKeys(outcome)).toEqual(['order_status', 'status_meanings']);
    expect(replyOf(outcome, 'status_meanings').data.statuses.sort()).toEqual(['delivered', 'processing', 'shipped']);
  });

  test('a Click & Collect question is answered for Click & Collect orders only', async () => {
    const collect = await foundOrder('4000123466', says.clickAndCollect);
    expect(replyKeys(collect.outcome)).toEqual(['order_status', 'click_and_collect_info']);
    expect(collect.outcome.offers).toContainEqual({ kind: 'topic', topic: 'click_and_collect' });
    const home = await foundOrder(SAM.orderNumber);
    expect(replyKeys(await home.driver.send(says.clickAndCollect))).toEqual(['not_click_and_collect']);
  });
});

describe('missing parcel', () => {
  test('tips first; "yes, found it" ends the branch without a case', async () => {
    const { driver, outcome } = await foundOrder('4000123462', says.notHere);
    expect(replyOf(outcome, 'missing_parcel_tips').data.shipment.shipmentId).toBe('S1');
    const found = await driver.send(says.yes);
    expect(replyKeys(found)).toEqual(['glad_found']);
    expect(await driver.harness.caseStore.casesForOrder('4000123462')).toEqual([]);
  });

  test('"no" opens an investigation with a reference; asking again opens no second case', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    const opened = await driver.send(says.no);
    const first = replyOf(opened, 'investigation_opened').data;
    expect(first.supportCase).toMatchObject({ kind: 'missing_parcel_investigation', orderNumber: '4000123462', shipmentId: 'S1', status: 'open' });
    expect(first.supportCase.reference).toMatch(/^MP-[2-9A-HJ-NP-Z]{8}$/);
    expect(first.replyWithinBusinessDays).toBe(2);
    // An investigated parcel is no longer offered as "delivered but not here".
    expect(opened.offers).not.toContainEqual({ kind: 'topic', topic: 'delivered_not_received' });

    await driver.send(says.notHere);
    const again = await driver.send(says.no);
    expect(replyOf(again, 'investigation_opened').data.supportCase.reference).toBe(first.supportCase.reference);
    expect(await driver.harness.caseStore.casesForOrder('4000123462')).toHaveLength(1);
    expect(again.context.cases).toHaveLength(1);
  });

  test('with several delivered parcels the customer picks one, by button or by words', async () => {
    const { driver, outcome } = await foundOrder(MANY_PARCELS_ORDER.orderNumber, says.notHere);
    expect(replyOf(outcome, 'which_parcel').data.shipments.map((s) => s.shipmentId)).toEqual(['S1', 'S2']);
    expect(outcome.offers).toEqual([
      { kind: 'shipment', shipmentId: 'S1', index: 1, sellerName: 'Kmart', status: 'delivered' },
      { kind: 'shipment', shipmentId: 'S2', index: 2, sellerName: 'Koala Crafts', status: 'delivered' },
    ]);
    const byButton = await driver.send({ type: 'CHOOSE_SHIPMENT', shipmentId: 'S2' });
    expect(replyOf(byButton, 'missing_parcel_tips').data.shipment.shipmentId).toBe('S2');

    await driver.send(says.restart);
    await driver.send(says.notHere);
    await driver.send(details(MANY_PARCELS_ORDER.orderNumber));
    const byWords = await driver.send(customerSays('the koala crafts one', 'none'));
    expect(replyOf(byWords, 'missing_parcel_tips').data.shipment.shipmentId).toBe('S2');
  });

  test('a parcel that is not one of the choices does not pick anything', async () => {
    const { driver } = await foundOrder(MANY_PARCELS_ORDER.orderNumber, says.notHere);
    await driver.send({ type: 'CHOOSE_SHIPMENT', shipmentId: 'S4' });
    expect(driver.stateValue()).toEqual({ missingParcel: 'choosing' });
  });

  test('an order with nothing delivered yet is explained instead', async () => {
    const { driver, outcome } = await foundOrder(SAM.orderNumber, says.notHere);
    expect(replyKeys(outcome)).toEqual(['not_delivered_yet']);
    expect(replyOf(outcome, 'not_delivered_yet').data.shipment.shipmentId).toBe('S1');
    expect(driver.stateValue()).toBe('awaitingFollowUp');
  });

  test('a Click & Collect order asks the store to check', async () => {
    const { driver, outcome } = await foundOrder('4000123466', says.notHere);
    expect(replyOf(outcome, 'store_check_requested').data.supportCase).toMatchObject({ kind: 'store_collection_check', shipmentId: null });
    expect(await driver.harness.caseStore.casesForOrder('4000123466')).toHaveLength(1);
  });
});

describe('late parcels', () => {
  test('a parcel past its window is said to be late and a remedy is offered; "yes" logs it', async () => {
    const { driver, outcome } = await foundOrder('4000123459', says.late);
    expect(replyKeys(outcome)).toEqual(['parcel_delayed', 'offer_remedy']);
    expect(outcome.offers).toEqual([{ kind: 'yes_no', question: 'want_remedy' }]);
    const yes = await driver.send(says.yes);
    expect(replyOf(yes, 'remedy_requested').data.supportCase).toMatchObject({ kind: 'refund_or_alternative', orderNumber: '4000123459', shipmentId: 'S1' });
    expect(yes.context.tried).toContain('offered_refund_return_or_alternative');
  });

  test('"no" to the remedy logs nothing', async () => {
    const { driver } = await foundOrder('4000123459', says.late);
    expect(replyKeys(await driver.send(says.no))).toEqual(['remedy_declined']);
    expect(await driver.harness.caseStore.casesForOrder('4000123459')).toEqual([]);
  });

  test('an active carrier alert for the delivery state is mentioned; the parcel is still on track', async () => {
    const { outcome } = await foundOrder('4000123475', says.late);
    expect(replyKeys(outcome)).toEqual(['carrier_alerts', 'on_track']);
    expect(replyOf(outcome, 'carrier_alerts').data.alerts.map((a) => a.headline)).toEqual(['Flooding in North Queensland']);
  });

  test('an expired alert is not mentioned', async () => {
    const { outcome } = await foundOrder('4000123477', says.late);
    expect(replyKeys(outcome)).toEqual(['on_track']);
  });

  test('without alerts (the alert port failing) the customer still gets an answer', async () => {
    const failing: CarrierAlertSource = { alertsFor: async () => ({ kind: 'unavailable', reason: 'timeout' }) };
    const throwing: CarrierAlertSource = {
      alertsFor: async () => {
        throw new Error('boom');
      },
    };
    for (const alerts of [failing, throwing]) {
      const { outcome } = await foundOrder('4000123475', says.late, { alerts });
      expect(replyKeys(outcome)).toEqual(['on_track']);
    }
  });

  test('tracking that has not updated is explained as between scans', async () => {
    const { outcome } = await foundOrder('4000123458', says.notUpdating);
    expect(replyKeys(outcome)).toEqual(['tracking_stale']);
    expect(outcome.context.tried).toContain('explained_tracking_not_updating');
  });

  test('several parcels on the way: the customer picks one and gets its carrier\'s alert', async () => {
    const { driver, outcome } = await foundOrder('4000123470', says.late);
    expect(replyOf(outcome, 'which_parcel').data.shipments.map((s) => s.shipmentId)).toEqual(['S2', 'S3']);
    const picked = await driver.send(customerSays('2', 'none'));
    expect(replyOf(picked, 'on_track').data.shipment.shipmentId).toBe('S3');
    const again = await driver.send(says.late);
    const target = await driver.send({ type: 'CHOOSE_SHIPMENT', shipmentId: 'S2' });
    expect(replyKeys(again)).toEqual(['which_parcel']);
    expect(replyOf(target, 'carrier_alerts').data.alerts.map((a) => a.carrier)).toEqual(['startrack']);
  });

  test('nothing left on the way: the order is explained', async () => {
    const { outcome } = await foundOrder('4000123469', says.late);
    expect(replyKeys(outcome)).toEqual(['order_status']);
  });
});

describe('no tracking yet', () => {
  test('within 48 hours of dispatch: explained, nothing escalated', async () => {
    const { outcome } = await foundOrder('4000123457', says.noTracking);
    expect(replyOf(outcome, 'no_tracking_yet').data.overdue).toBe(false);
  });

  test('overdue tracking is looked into like a late parcel', async () => {
    const { driver, outcome } = await foundOrder(MANY_PARCELS_ORDER.orderNumber, says.noTracking);
    expect(replyOf(outcome, 'which_parcel').data.shipments.map((s) => s.shipmentId)).toEqual(['S3', 'S4']);
    const picked = await driver.send({ type: 'CHOOSE_SHIPMENT', shipmentId: 'S4' });
    expect(replyKeys(picked)[0]).toBe('no_tracking_yet');
    expect(replyOf(picked, 'no_tracking_yet').data.overdue).toBe(true);
    expect(replyKeys(picked)).toContain('on_track');
  });

  test('not yet sent: on track', async () => {
    const { outcome } = await foundOrder('4000123464', says.noTracking);
    expect(replyKeys(outcome)).toEqual(['on_track']);
  });

  test('tracking that exists is handed over', async () => {
    const { outcome } = await foundOrder(SAM.orderNumber, says.noTracking);
    expect(replyOf(outcome, 'tracking_available').data.shipment.trackingLink).toMatch(/^https:\/\//);
  });
});

describe('wrong address', () => {
  test('not sent yet: an address change is requested for the order', async () => {
    const { outcome } = await foundOrder('4000123464', says.wrongAddress);
    expect(replyOf(outcome, 'address_change_requested').data.supportCase).toMatchObject({ kind: 'address_change', shipmentId: null });
  });

  test('with the carrier: a redirect is requested for the parcel', async () => {
    const { outcome } = await foundOrder(SAM.orderNumber, says.wrongAddress);
    expect(replyOf(outcome, 'carrier_redirect_requested').data.supportCase).toMatchObject({ kind: 'carrier_redirect', shipmentId: 'S1' });
  });

  test('already delivered: too late to change, so on to finding the parcel', async () => {
    const { driver, outcome } = await foundOrder('4000123462', says.wrongAddress);
    expect(replyKeys(outcome)).toEqual(['address_after_delivery', 'missing_parcel_tips']);
    expect(driver.stateValue()).toEqual({ missingParcel: 'tips' });
  });

  test('Click & Collect: nothing to redirect, the collection details are given', async () => {
    const { outcome } = await foundOrder('4000123466', says.wrongAddress);
    expect(replyKeys(outcome)).toEqual(['click_and_collect_info']);
  });
});

describe('Marketplace', () => {
  test('one Marketplace parcel: explained and a ticket opened with the seller', async () => {
    const { outcome } = await foundOrder('4000123471', says.marketplace);
    expect(replyKeys(outcome)).toEqual(['marketplace_explained', 'marketplace_ticket_opened']);
    expect(replyOf(outcome, 'marketplace_ticket_opened').data.supportCase).toMatchObject({ kind: 'marketplace_ticket', shipmentId: 'S1' });
    expect(outcome.offers).not.toContainEqual({ kind: 'topic', topic: 'marketplace_question' });
  });

  test('several Marketplace parcels: the customer picks the seller', async () => {
    const { driver, outcome } = await foundOrder(MANY_PARCELS_ORDER.orderNumber, says.marketplace);
    expect(replyKeys(outcome)).toEqual(['marketplace_explained', 'which_parcel']);
    const picked = await driver.send(customerSays('Harbour Homewares', 'none'));
    expect(replyOf(picked, 'marketplace_ticket_opened').data.shipment.seller.name).toBe('Harbour Homewares');
  });

  test('no Marketplace parcel: said so', async () => {
    const { outcome } = await foundOrder(SAM.orderNumber, says.marketplace);
    expect(replyKeys(outcome)).toEqual(['no_marketplace_parcel']);
  });
});

describe('handoff, goodbye and restart', () => {
  test('the person taking over gets the verified order, its parcels, what was tried and the open cases', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    await driver.send(says.no);
    const outcome = await driver.send(says.person);
    expect(replyKeys(outcome)).toEqual(['handoff']);
    expect(outcome.handoff).toEqual(replyOf(outcome, 'handoff').data.summary);
    expect(outcome.handoff).toMatchObject({
      reason: 'customer_asked',
      verified: true,
      orderNumber: '4000123462',
      customerFirstName: 'Noah',
      customerSaid: "it says delivered but it isn't here",
      shipments: [{ shipmentId: 'S1', seller: { type: 'kmart', name: 'Kmart' }, status: 'delivered', carrier: 'Australia Post' }],
      failedLookups: 0,
    });
    expect(outcome.handoff?.tried).toEqual(
      expect.arrayContaining(['verified_and_checked_order', 'missing_parcel_tips_given', 'missing_parcel_investigation_opened']),
    );
    expect(outcome.handoff?.openCases.map((c) => c.kind)).toEqual(['missing_parcel_investigation']);
    expect(driver.stateValue()).toBe('withAPerson');
    expect(replyKeys(await driver.send(customerSays('hello?', 'greeting')))).toEqual(['with_a_person']);
  });

  test('before verification the person is told nothing about the order', async () => {
    const driver = conversation();
    await driver.send(customerSays('4000123462', 'track_order', { orderNumber: '4000123462' }));
    const outcome = await driver.send(says.person);
    expect(outcome.handoff).toMatchObject({ verified: false, orderNumber: '4000123462', customerFirstName: null, shipments: [], openCases: [] });
  });

  test('a case that cannot be opened hands over to a person', async () => {
    const cases = new FailingCaseStore();
    const { driver } = await foundOrder('4000123462', says.notHere, { cases });
    const outcome = await driver.send(says.no);
    expect(replyKeys(outcome)).toEqual(['case_failed', 'handoff']);
    expect(outcome.handoff).toMatchObject({ reason: 'case_failed', verified: true, openCases: [] });
    expect(outcome.handoff?.tried).toContain('case_could_not_be_opened');
    expect(cases.attempts).toHaveLength(1);
    expect(driver.stateValue()).toBe('withAPerson');
  });

  test('goodbye uses the verified name; a new message after it starts over but keeps the cases', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    await driver.send(says.no);
    const bye = await driver.send(says.bye);
    expect(replyOf(bye, 'goodbye').data).toEqual({ firstName: 'Noah' });
    expect(bye.step).toBe('done');
    const next = await driver.send(customerSays('where is my order', 'track_order'));
    expect(replyOf(next, 'ask_for_details').data.missing).toBe('both');
    expect(next.context).toMatchObject({ verified: false, order: null });
    expect(next.context.cases).toHaveLength(1);
  });

  test('a restart in the middle of a branch starts fresh and the next order works', async () => {
    const { driver } = await foundOrder('4000123459', says.late);
    const restarted = await driver.send(says.restart);
    expect(replyKeys(restarted)).toEqual(['restarted']);
    expect(driver.stateValue()).toBe('collectingDetails');
    expect(restarted.context).toMatchObject({ order: null, orderNumber: null, contact: null, problem: null, verified: false });
    const next = await driver.send(details(SAM.orderNumber));
    expect(replyOf(next, 'order_status').data.order.orderNumber).toBe(SAM.orderNumber);
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

describe('another order', () => {
  test('a new order number after the first order needs its own contact detail before it is looked up', async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    const lookups = driver.harness.orders.findOrderCalls.length;
    const outcome = await driver.send(customerSays('what about 4000123476', 'another_order', { orderNumber: '4000123476' }));
    // Another order may have been placed with other details: a stale contact would cost a failed attempt.
    expect(replyOf(outcome, 'ask_for_details').data.missing).toBe('contact');
    expect(outcome.context.tried).toContain('switched_to_another_order');
    expect(driver.harness.orders.findOrderCalls).toHaveLength(lookups);
  });

  test('"another order" without a number asks for it', async () => {
    const { driver } = await foundOrder(SAM.orderNumber);
    const outcome = await driver.send(customerSays('check another order', 'another_order'));
    expect(replyOf(outcome, 'ask_for_details').data.missing).toBe('both');
    expect(outcome.context.order).toBeNull();
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
