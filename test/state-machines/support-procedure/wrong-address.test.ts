import { replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, says, foundOrder } from './branch-conversations';

/**
 * Wrong address: a change before dispatch, a redirect on the road, a missing parcel once delivered.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
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
