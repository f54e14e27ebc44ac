import type { CarrierAlertSource } from '../../../src/ports/carrier-alert-source';
import { customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { says, foundOrder } from './branch-conversations';

/**
 * Late parcels and tracking that is not updating: alerts, the honest wait, a remedy.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
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
