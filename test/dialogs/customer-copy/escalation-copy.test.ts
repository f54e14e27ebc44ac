import { renderForCustomer } from '../../support/customer-copy';
import { HandoffSummarySchema } from '../../../state-machines/handoff-summary';
import { message } from '../../../state-machines/support-messages';
import { aCollectionOrder, anOrder, anUndispatchedShipment } from '../../support/order-builder';
import { aCase, aMixedOrderView, onlyShipment, viewOf } from '../../support/sample-messages';

const inTransit = () => onlyShipment(viewOf(anOrder()));

describe('cases opened for the customer', () => {
  test('investigation_opened gives the reference, the carrier request, the reply time and the remedy', () => {
    const text = renderForCustomer(
      message('investigation_opened', { shipment: inTransit(), supportCase: aCase('missing_parcel_investigation'), replyWithinBusinessDays: 3 }),
    );
    expect(text).toContain('**MP-7Q4K2PXA**');
    expect(text).toMatch(/asked Australia Post for proof of delivery/);
    expect(text).toContain('within 3 business days');
    expect(text).toMatch(/refund or a replacement/);
  });

  test('store_check_requested names the store, the reference and the store phone', () => {
    const text = renderForCustomer(
      message('store_check_requested', { order: viewOf(aCollectionOrder()), supportCase: aCase('store_collection_check', { reference: 'SC-23456789' }) }),
    );
    expect(text).toContain('Kmart Parramatta');
    expect(text).toContain('**SC-23456789**');
    expect(text).toContain('02 9635 0000');
  });

  test('marketplace_explained names every seller once and says they handle their own delivery', () => {
    const view = viewOf(
      anOrder({
        shipments: [
          { seller: { type: 'marketplace', name: 'Bondi Home Co' } },
          { seller: { type: 'marketplace', name: 'Outback Gear Traders' } },
          { seller: { type: 'marketplace', name: 'Bondi Home Co' } },
        ],
      }),
    );
    const text = renderForCustomer(message('marketplace_explained', { shipments: view.shipments }));
    expect(text).toContain('Marketplace sellers Bondi Home Co and Outback Gear Traders');
    expect(text.match(/Bondi Home Co/g)).toHaveLength(1);
    expect(text).toMatch(/sell and send their items themselves, with their own carrier/);
  });

  test('marketplace_explained says who has a sent parcel, so the customer knows whom to chase', () => {
    const view = viewOf(anOrder({ shipments: [{ seller: { type: 'marketplace', name: 'Bondi Home Co' }, carrier: 'sendle', trackingNumber: 'SNDKC0001' }] }));
    expect(renderForCustomer(message('marketplace_explained', { shipments: view.shipments }))).toMatch(/Sent with Sendle .*SNDKC0001/);
  });

  test('marketplace_explained says which items the seller has not sent yet ("is the toy shipped yet?")', () => {
    const view = viewOf(
      anOrder({ shipments: [anUndispatchedShipment({ seller: { type: 'marketplace', name: 'Little Wattle Toys' }, items: [{ sku: '1', name: 'Wooden Rainbow Stacker', quantity: 1 }] })] }),
    );
    expect(renderForCustomer(message('marketplace_explained', { shipments: view.shipments }))).toContain("Wooden Rainbow Stacker from Little Wattle Toys hasn't shipped yet.");
  });

  test('marketplace_ticket_opened names the seller, the reference and the usual reply time', () => {
    const shipment = aMixedOrderView().shipments[1];
    if (!shipment) throw new Error('the mixed order has a Marketplace parcel');
    const text = renderForCustomer(message('marketplace_ticket_opened', { shipment, supportCase: aCase('marketplace_ticket', { reference: 'MK-23456789' }) }));
    expect(text).toContain('Marketplace support ticket');
    expect(text).toContain('Little Wattle Toys has been contacted through it');
    expect(text).toContain('**MK-23456789**');
    expect(text).toContain('within 2 business days');
  });

  test('address_change_requested repeats the confirmed address, the reference, and that they may be contacted', () => {
    const text = renderForCustomer(
      message('address_change_requested', { supportCase: aCase('address_change', { reference: 'AC-23456789' }), address: '14 Riley St, Surry Hills NSW 2010' }),
    );
    expect(text).toContain('update the delivery address to 14 Riley St, Surry Hills NSW 2010');
    expect(text).toContain('**AC-23456789**');
    expect(text).toMatch(/may contact you to confirm/);
  });

  test('ask_new_address names the carrier who would redirect a parcel on the road, and says nothing of one before dispatch', () => {
    expect(renderForCustomer(message('ask_new_address', { redirect: true, carrier: 'Aramex' }))).toMatch(/on its way with Aramex, so I'd ask Aramex to redirect it/);
    const beforeDispatch = renderForCustomer(message('ask_new_address', { redirect: false, carrier: null }));
    expect(beforeDispatch).toMatch(/hasn't been sent yet/);
    expect(beforeDispatch).not.toMatch(/redirect/);
  });

  test('carrier_redirect_requested names the carrier and the address, and does not promise it will work', () => {
    const text = renderForCustomer(
      message('carrier_redirect_requested', {
        shipment: inTransit(),
        supportCase: aCase('carrier_redirect', { reference: 'CR-23456789' }),
        address: '3/40 George St Parramatta NSW 2150',
      }),
    );
    expect(text).toMatch(/asked Australia Post to redirect your parcel from Kmart to 3\/40 George St Parramatta NSW 2150/);
    expect(text).toContain('**CR-23456789**');
    expect(text).toMatch(/can't promise/);
    expect(text).toMatch(/within 2 business days/);
  });

  test('case_failed says the request could not be logged and a person is coming', () => {
    const text = renderForCustomer(message('case_failed', {}));
    expect(text).toMatch(/couldn't log that request/);
    expect(text).toMatch(/person/);
  });
});

describe('handing over', () => {
  const summary = (verified: boolean) =>
    HandoffSummarySchema.parse({
      reason: 'customer_asked',
      verified,
      orderNumber: '4000123456',
      customerFirstName: null,
      problem: null,
      customerSaid: null,
      shipments: [],
      tried: [],
      openCases: [],
      failedLookups: 0,
    });

  test('handoff says a person takes over here and the customer will not have to repeat themselves', () => {
    const text = renderForCustomer(message('handoff', { summary: summary(true) }));
    expect(text).toMatch(/person from our team/);
    expect(text).toMatch(/won't need to repeat yourself/);
    expect(text).toContain('order 4000123456');
  });

  test('handoff does not repeat an order number the customer has not proven is theirs', () => {
    expect(renderForCustomer(message('handoff', { summary: summary(false) }))).not.toContain('4000123456');
  });

  test('with_a_person says a person will reply here', () => {
    expect(renderForCustomer(message('with_a_person', {}))).toMatch(/person will reply here/);
  });
});
