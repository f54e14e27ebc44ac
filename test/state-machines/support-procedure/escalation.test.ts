import { FailingCaseStore, customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, conversation, details, says, foundOrder } from './branch-conversations';

/**
 * A person, goodbye and starting over.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
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

  test('goodbye uses the verified name; a later question is answered from the verified order, cases kept', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    await driver.send(says.no);
    const bye = await driver.send(says.bye);
    expect(replyOf(bye, 'goodbye').data).toEqual({ firstName: 'Noah' });
    expect(bye.step).toBe('done');
    const next = await driver.send(customerSays('oh wait, where is my order', 'track_order'));
    expect(replyOf(next, 'order_status').data.order.orderNumber).toBe('4000123462');
    expect(next.context).toMatchObject({ verified: true });
    expect(next.context.cases).toHaveLength(1);
  });

  test('after a goodbye without a verified order, a new message starts over, keeping only the lock on guessing', async () => {
    const driver = conversation();
    await driver.send(customerSays('4000999999 sam', 'track_order', { orderNumber: '4000999999', contact: SAM.email }));
    await driver.send(says.bye);
    const next = await driver.send(customerSays('where is my order', 'track_order'));
    expect(replyOf(next, 'ask_for_details').data.missing).toBe('both');
    expect(next.context).toMatchObject({ verified: false, order: null, orderNumber: null, failedLookups: 1 });
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
