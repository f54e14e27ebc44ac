import { customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, says, foundOrder } from './branch-conversations';

/**
 * Wrong address: a change before dispatch, a redirect on the road, a missing
 * parcel once delivered; the new address is asked for, read back and logged
 * only once the customer confirms it.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
const NEW_ADDRESS = '14 Riley St, Surry Hills NSW 2010';
const givesAddress = (address: string) => customerSays(address, 'none', { address });

describe('wrong address', () => {
  test('not sent yet: the new address is asked for, read back, and the change logged only after "yes"', async () => {
    const { driver, outcome } = await foundOrder('4000123464', says.wrongAddress);
    expect(outcome.replies).toEqual([{ key: 'ask_new_address', data: { redirect: false, carrier: null } }]);
    const readBack = await driver.send(givesAddress(NEW_ADDRESS));
    expect(readBack.replies).toEqual([{ key: 'confirm_address', data: { address: NEW_ADDRESS, redirect: false } }]);
    expect(readBack.offers).toEqual([{ kind: 'yes_no', question: 'confirm_address_change' }]);
    expect(await driver.harness.caseStore.casesForOrder('4000123464')).toEqual([]);

    const confirmed = await driver.send(says.yes);
    expect(replyOf(confirmed, 'address_change_requested').data).toMatchObject({
      address: NEW_ADDRESS,
      supportCase: { kind: 'address_change', shipmentId: null },
    });
  });

  test('with the carrier: the carrier is named when the new address is asked for, and a redirect is requested for the parcel', async () => {
    const { driver, outcome } = await foundOrder(SAM.orderNumber, says.wrongAddress);
    expect(outcome.replies).toEqual([{ key: 'ask_new_address', data: { redirect: true, carrier: 'Australia Post' } }]);
    await driver.send(givesAddress(NEW_ADDRESS));
    const confirmed = await driver.send(says.yes);
    expect(replyOf(confirmed, 'carrier_redirect_requested').data.supportCase).toMatchObject({ kind: 'carrier_redirect', shipmentId: 'S1' });
  });

  test('a corrected address is read back again; "no" logs nothing', async () => {
    const { driver } = await foundOrder('4000123464', says.wrongAddress);
    await driver.send(givesAddress('45 Bourke St'));
    const corrected = await driver.send(customerSays('no sorry, 54 Bourke St', 'deny', { address: '54 Bourke St', answer: 'no' }));
    expect(replyOf(corrected, 'confirm_address').data.address).toBe('54 Bourke St');
    const declined = await driver.send(says.no);
    expect(declined.replies).toEqual([{ key: 'request_declined', data: { request: 'address_change' } }]);
    expect(await driver.harness.caseStore.casesForOrder('4000123464')).toEqual([]);
  });

  test('an address given with the problem skips the question; something that is not an address is asked for again', async () => {
    const { driver, outcome } = await foundOrder('4000123464', customerSays(`wrong address, should be ${NEW_ADDRESS}`, 'wrong_address', { address: NEW_ADDRESS }));
    expect(replyOf(outcome, 'confirm_address').data.address).toBe(NEW_ADDRESS);
    const other = await foundOrder('4000123464', says.wrongAddress);
    const unclear = await other.driver.send(customerSays('the blue house', 'none'));
    expect(replyKeys(unclear)).toEqual(['address_not_read']);
    expect(driver.stateValue()).toEqual({ wrongAddress: 'confirming' });
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
