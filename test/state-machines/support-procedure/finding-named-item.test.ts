import { customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { typedConversation } from '../../support/typed-conversation';
import { conversation } from './branch-conversations';

/**
 * A signed-in customer naming something they bought instead of an order
 * (finding-named-item.ts): their list says no item names, so their recent
 * orders are read and the one with the item is taken as their pick. Events
 * are built by hand over the real fixture adapters (Priya, CUST-100002:
 * 4000123470 easel / pyjamas / stacker, 4000123479 laundry basket / robot
 * vacuum, cancelled; Sam, CUST-100001: towels 4000123456, Target sheets
 * 4000123476, speaker 4000123478), then typed through the real understander.
 */
async function signedIn(customerId: string, options: Parameters<typeof conversation>[0] = {}) {
  const driver = conversation(options);
  await driver.send({ type: 'SIGNED_IN', customerId });
  return driver;
}

describe('a signed-in customer naming an item', () => {
  test('the order with it is checked without a contact detail, and the named parcel is the answer', async () => {
    const driver = await signedIn('CUST-100002');
    const outcome = await driver.send(customerSays('is my robot vacuum coming', 'track_order'));

    const answer = replyOf(outcome, 'parcel_status').data;
    expect(answer.order.orderNumber).toBe('4000123479');
    expect(answer.shipment.items.map((i) => i.name)).toEqual(['Anko Robot Vacuum']);
    expect(outcome.context).toMatchObject({ verified: true, contact: null, failedLookups: 0 });
    // Both orders were read to find it, then the one found was checked as a pick is.
    expect(driver.harness.orders.findOrderCalls.slice(0, 2).sort()).toEqual(['4000123470', '4000123479']);
    expect(driver.harness.orders.findOrderCalls.slice(2)).toEqual(['4000123479']);
  });

  test('a problem told with the item goes straight into its branch, for that parcel', async () => {
    const driver = await signedIn('CUST-100002');
    const outcome = await driver.send(customerSays("the easel says delivered but it's not here", 'delivered_not_received'));
    expect(replyKeys(outcome)).toEqual(['missing_parcel_tips']);
    expect(outcome.context).toMatchObject({ orderNumber: '4000123470', shipmentId: 'S1', problem: 'delivered_not_received' });
  });

  test('an item in none of the orders: the list again, saying so, and the order picked next is checked as usual', async () => {
    const driver = await signedIn('CUST-100002');
    const outcome = await driver.send(customerSays('where is my lamp', 'track_order'));
    expect(replyOf(outcome, 'recent_orders').data).toMatchObject({ search: 'no_match' });
    expect(outcome.offers.map((o) => (o.kind === 'order' ? o.orderNumber : o.kind))).toEqual(['4000123479', '4000123470']);

    const picked = await driver.send({ type: 'CHOOSE_ORDER', orderNumber: '4000123470' });
    expect(replyOf(picked, 'order_status').data.order.orderNumber).toBe('4000123470');
  });

  test('several orders could be it: only those are listed to pick from', async () => {
    const driver = await signedIn('CUST-100001');
    // Towels, sheets and a speaker: Kmart sent two of the three.
    const outcome = await driver.send(customerSays('the kmart gift', 'none'));
    expect(replyOf(outcome, 'recent_orders').data).toMatchObject({ search: 'several' });
    expect(replyOf(outcome, 'recent_orders').data.orders.map((o) => o.orderNumber).sort()).toEqual(['4000123456', '4000123478']);
    expect(outcome.offers).toEqual([
      { kind: 'order', orderNumber: '4000123456' },
      { kind: 'order', orderNumber: '4000123478' },
    ]);
  });

  test('an item in another of their orders, once one is being talked about, switches to that order', async () => {
    const driver = await signedIn('CUST-100001');
    await driver.send({ type: 'CHOOSE_ORDER', orderNumber: '4000123456' });
    const outcome = await driver.send(customerSays('and the sheets from target?', 'none'));
    expect(replyOf(outcome, 'order_status').data.order.orderNumber).toBe('4000123476');
    expect(outcome.context.order?.orderNumber).toBe('4000123476');
  });

  test('words that are in none of their other orders leave the order being talked about as it was', async () => {
    const driver = await signedIn('CUST-100001');
    await driver.send({ type: 'CHOOSE_ORDER', orderNumber: '4000123456' });
    const outcome = await driver.send(customerSays('is it coming before the party?', 'track_order'));
    expect(replyOf(outcome, 'order_status').data.order.orderNumber).toBe('4000123456');
    expect(replyKeys(outcome)).toEqual(['order_status']);
  });

  test('with the order system down nothing is found, the message is read as it would have been, and the saved conversation is settled', async () => {
    // The list came back, then the order system stopped answering for orders.
    const driver = await signedIn('CUST-100002', {
      orders: (fixtures) => ({
        findOrder: async () => ({ kind: 'unavailable', reason: 'connection refused (test outage)' }),
        recentOrdersOf: (customerId) => fixtures.recentOrdersOf(customerId),
      }),
    });
    const outcome = await driver.send(customerSays('where is my robot vacuum', 'track_order'));
    expect(replyOf(outcome, 'recent_orders').data.search).toBe('no_match');
    expect(outcome.context.failedLookups).toBe(0);
    expect(driver.stateValue()).toEqual({ choosingRecentOrder: 'listed' });
    expect(outcome.envelope.snapshot).not.toHaveProperty('children');
    expect(driver.harness.logger.warnings.map((w) => w.message)).toEqual([
      'recent order not read for an item search',
      'recent order not read for an item search',
    ]);
  });
});

describe('typed by a signed-in customer', () => {
  test("Sam asks about his towels, then the sheets from Target, and is never asked who he is", async () => {
    const chat = await typedConversation();
    await chat.driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100001' });

    const towels = await chat.says("where's my towels");
    expect(towels.text).toMatch(/36LB45032230/);
    expect(towels.text).toMatch(/Australia Post/);

    const sheets = await chat.says('and the sheets from target?');
    expect(sheets.text).toMatch(/StarTrack/);
    expect(sheets.text).toMatch(/4000123476/);
    expect(`${towels.text}\n${sheets.text}`).not.toMatch(/email|phone number/i);
  });

  test('Priya names the vacuum and hears it was cancelled, then the basket from the same order', async () => {
    const chat = await typedConversation();
    await chat.driver.send({ type: 'SIGNED_IN', customerId: 'CUST-100002' });
    const vacuum = await chat.says('hey is my robot vacuum coming');
    expect(vacuum.text).toMatch(/Robot Vacuum/);
    expect(vacuum.text).toMatch(/cancelled/);
    expect(vacuum.text).not.toMatch(/Easel|Pyjama/);
    const basket = await chat.says('oh. and the laundry basket?');
    expect(basket.text).toMatch(/36LB45090128/);
  });
});
