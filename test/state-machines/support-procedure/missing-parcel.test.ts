import { MANY_PARCELS_ORDER, customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, details, says, foundOrder } from './branch-conversations';

/**
 * Delivered but not received: tips, then an investigation; the store checks for Click & Collect.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
describe('missing parcel', () => {
  test('tips first; "yes, found it" ends the branch without a case', async () => {
    const { driver, outcome } = await foundOrder('4000123462', says.notHere);
    expect(replyOf(outcome, 'missing_parcel_tips').data.shipment.shipmentId).toBe('S1');
    const found = await driver.send(says.yes);
    expect(replyKeys(found)).toEqual(['glad_found']);
    expect(await driver.harness.caseStore.casesForOrder('4000123462')).toEqual([]);
  });

  test('"no" opens an investigation with a reference; saying again it is missing gets that case\'s timeline, not a second case', async () => {
    const { driver } = await foundOrder('4000123462', says.notHere);
    const opened = await driver.send(says.no);
    const first = replyOf(opened, 'investigation_opened').data;
    expect(first.supportCase).toMatchObject({ kind: 'missing_parcel_investigation', orderNumber: '4000123462', shipmentId: 'S1', status: 'open' });
    expect(first.supportCase.reference).toMatch(/^MP-[2-9A-HJ-NP-Z]{8}$/);
    expect(first.replyWithinBusinessDays).toBe(2);
    // An investigated parcel is no longer offered as "delivered but not here".
    expect(opened.offers).not.toContainEqual({ kind: 'topic', topic: 'delivered_not_received' });

    const again = await driver.send(says.notHere);
    expect(replyKeys(again)).toEqual(['case_timeline']);
    expect(replyOf(again, 'case_timeline').data.cases.map((c) => c.reference)).toEqual([first.supportCase.reference]);
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

  test('"refund please, it never came" about a parcel past its window is the delay: the refund is read back, nothing logged', async () => {
    const { driver, outcome } = await foundOrder('4000123459', customerSays('refund please, it never came', 'delivered_not_received', { remedy: 'refund' }));
    expect(replyKeys(outcome)).toEqual(['parcel_delayed', 'confirm_remedy']);
    expect(replyOf(outcome, 'confirm_remedy').data.remedy).toBe('refund');
    expect(await driver.harness.caseStore.casesForOrder('4000123459')).toEqual([]);
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
