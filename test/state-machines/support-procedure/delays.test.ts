import type { CarrierAlertSource } from '../../../src/ports/carrier-alert-source';
import { customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { says, foundOrder } from './branch-conversations';

/**
 * Late parcels and tracking that is not updating: alerts, the honest wait, a
 * remedy confirmed before it is logged.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
describe('late parcels', () => {
  test('a parcel past its window is said to be late and a remedy is offered; nothing is logged until it is chosen and confirmed', async () => {
    const { driver, outcome } = await foundOrder('4000123459', says.late);
    expect(replyKeys(outcome)).toEqual(['parcel_delayed', 'offer_remedy']);
    expect(outcome.offers).toEqual([{ kind: 'yes_no', question: 'want_remedy' }]);

    const yes = await driver.send(says.yes);
    expect(replyKeys(yes)).toEqual(['choose_remedy']);
    expect(yes.offers).toEqual([{ kind: 'remedy' }]);
    const refund = await driver.send({ type: 'customer.choice', text: 'A refund', choice: { remedy: 'refund' } });
    expect(replyOf(refund, 'confirm_remedy').data.remedy).toBe('refund');
    expect(refund.offers).toEqual([{ kind: 'yes_no', question: 'confirm_remedy' }]);
    expect(await driver.harness.caseStore.casesForOrder('4000123459')).toEqual([]);

    const confirmed = await driver.send(says.yes);
    expect(replyOf(confirmed, 'remedy_requested').data).toMatchObject({
      remedy: 'refund',
      supportCase: { kind: 'refund_or_alternative', orderNumber: '4000123459', shipmentId: 'S1' },
    });
    expect(confirmed.context.tried).toContain('offered_refund_return_or_alternative');
  });

  test('a remedy asked for by name is read back for a yes before it is logged', async () => {
    const { driver } = await foundOrder('4000123459', says.late);
    const asked = await driver.send(customerSays("no, I won't wait, refund please", 'wants_remedy', { remedy: 'refund' }));
    expect(replyOf(asked, 'confirm_remedy').data.remedy).toBe('refund');
    const changed = await driver.send(customerSays('actually a replacement', 'wants_remedy', { remedy: 'alternative' }));
    expect(replyOf(changed, 'confirm_remedy').data.remedy).toBe('alternative');
    expect(await driver.harness.caseStore.casesForOrder('4000123459')).toEqual([]);
  });

  test('"no" to the remedy logs nothing', async () => {
    const { driver } = await foundOrder('4000123459', says.late);
    const no = await driver.send(says.no);
    expect(no.replies).toEqual([{ key: 'request_declined', data: { request: 'remedy' } }]);
    expect(await driver.harness.caseStore.casesForOrder('4000123459')).toEqual([]);
  });

  test('an active carrier alert moves the window out, is named, and the parcel is not called on track', async () => {
    const { outcome } = await foundOrder('4000123475', says.late);
    expect(replyKeys(outcome)).toEqual(['carrier_alerts', 'on_track']);
    const { shipment } = replyOf(outcome, 'carrier_alerts').data;
    expect(shipment.alerts.map((a) => a.headline)).toEqual(['Flooding in North Queensland']);
    expect(shipment.window).toMatchObject({ kind: 'business_days', carrierDelayBusinessDays: 3 });
  });

  test('an expired alert is not mentioned and changes nothing', async () => {
    const { outcome } = await foundOrder('4000123477', says.late);
    expect(replyKeys(outcome)).toEqual(['on_track']);
    expect(replyOf(outcome, 'on_track').data.shipment.alerts).toEqual([]);
  });

  test('without alerts (the alert port failing) the customer still gets an answer, and the engineer on call a warning', async () => {
    const failing: CarrierAlertSource = { alertsFor: async () => ({ kind: 'unavailable', reason: 'timeout' }) };
    const { driver, outcome } = await foundOrder('4000123475', says.late, { alerts: failing });
    expect(replyKeys(outcome)).toEqual(['on_track']);
    expect(driver.harness.logger.warnings.map((w) => w.message)).toContain('carrier alerts lookup failed');
  });

  test('tracking that has not updated is explained as between scans', async () => {
    const { outcome } = await foundOrder('4000123458', says.notUpdating);
    expect(replyKeys(outcome)).toEqual(['tracking_stale']);
    expect(outcome.context.tried).toContain('explained_tracking_not_updating');
  });

  test("several parcels on the way: the customer picks one; a Marketplace parcel keeps its seller's timeframe and is offered a ticket", async () => {
    const { driver, outcome } = await foundOrder('4000123470', says.late);
    expect(replyOf(outcome, 'which_parcel').data.shipments.map((s) => s.shipmentId)).toEqual(['S2', 'S3']);
    const picked = await driver.send(customerSays('2', 'none'));
    expect(replyKeys(picked)).toEqual(['on_track', 'offer_marketplace_ticket']);
    expect(replyOf(picked, 'on_track').data.shipment.shipmentId).toBe('S3');
    await driver.send(says.no);
    await driver.send(says.late);
    const target = await driver.send({ type: 'CHOOSE_SHIPMENT', shipmentId: 'S2' });
    expect(replyOf(target, 'carrier_alerts').data.shipment.alerts.map((a) => a.headline)).toEqual([
      'High parcel volumes across the StarTrack network',
    ]);
  });

  test('a parcel named with the problem ("the pyjamas are late") is the one looked into, without asking which', async () => {
    const { outcome } = await foundOrder('4000123470', customerSays('the pyjamas are late', 'parcel_delayed'));
    expect(replyKeys(outcome)).not.toContain('which_parcel');
    expect(replyOf(outcome, 'carrier_alerts').data.shipment.shipmentId).toBe('S2');
  });

  test('nothing left on the way: the order is explained', async () => {
    const { outcome } = await foundOrder('4000123469', says.late);
    expect(replyKeys(outcome)).toEqual(['order_status']);
  });
});
