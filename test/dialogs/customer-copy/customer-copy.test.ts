import { renderForCustomer } from '../../support/customer-copy';
import { DEFAULT_FIXTURES_DIR, loadFixtureOrders } from '../../../src/adapters/fixture-order-source';
import { MESSAGE_KEYS, message, type SupportMessage } from '../../../state-machines/support-messages';
import { aCase, sampleMessage, viewOf } from '../../support/sample-messages';

/** Words customers should never see: our internal vocabulary, or a value that leaked through unformatted. */
const JARGON = [/shipment/i, /fulfil/i, /\bOMS\b/, /verif/i, /status code/i, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\[object /];

function expectCustomerReady(text: string): void {
  expect(text.trim().length).toBeGreaterThan(0);
  for (const word of JARGON) expect(text).not.toMatch(word);
}

describe('renderForCustomer', () => {
  test.each(MESSAGE_KEYS)('has copy for "%s"', (key) => {
    const text = renderForCustomer(sampleMessage(key));
    expectCustomerReady(text);
  });

  test('no two different messages read the same', () => {
    const texts = MESSAGE_KEYS.map((key) => renderForCustomer(sampleMessage(key)));
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('every fixture order, rendered every way the procedure can mention it', () => {
  const fixtures = loadFixtureOrders(DEFAULT_FIXTURES_DIR);
  const views = fixtures.orders.map((order) => viewOf(order, fixtures.recordedAt));

  test.each(views.map((view) => [view.orderNumber, view] as const))('order %s reads without jargon', (_, view) => {
    const supportCase = aCase('missing_parcel_investigation', { orderNumber: view.orderNumber });
    const messages: SupportMessage[] = [
      message('order_status', { order: view }),
      message('click_and_collect_info', { order: view }),
      message('which_parcel', { shipments: view.shipments }),
      message('status_meanings', { statuses: view.shipments.map((s) => s.status) }),
      message('store_check_requested', { order: view, supportCase }),
      message('marketplace_explained', { shipments: view.shipments }),
      ...view.shipments.flatMap((shipment): SupportMessage[] => [
        message('no_tracking_yet', { shipment, overdue: false }),
        message('no_tracking_yet', { shipment, overdue: true }),
        message('tracking_available', { shipment }),
        message('on_track', { order: view, shipment, trackingAsked: false }),
        message('tracking_stale', { order: view, shipment }),
        message('parcel_delayed', { shipment }),
        message('missing_parcel_tips', { shipment }),
        message('not_delivered_yet', { shipment }),
        message('investigation_opened', { shipment, supportCase, replyWithinBusinessDays: 2 }),
        message('carrier_redirect_requested', { shipment, supportCase, address: '14 Riley St, Surry Hills NSW 2010' }),
        message('marketplace_ticket_opened', { shipment, supportCase }),
        message('remedy_requested', { shipment, supportCase, remedy: 'refund' }),
        message('confirm_remedy', { shipment, remedy: 'alternative' }),
        message('parcel_status', { order: view, shipment }),
      ]),
    ];
    for (const each of messages) expectCustomerReady(renderForCustomer(each));
  });
});
