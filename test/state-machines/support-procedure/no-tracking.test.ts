import { MANY_PARCELS_ORDER, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, says, foundOrder } from './branch-conversations';

/**
 * No tracking yet: normal for a while after dispatch, looked into once overdue.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
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
