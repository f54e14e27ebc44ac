import { renderForCustomer } from '../../support/customer-copy';
import type { OrderView, ShipmentView } from '../../../src/domain/order-view';
import { message } from '../../../state-machines/support-messages';
import { aCollectionOrder, anOrder, anUndispatchedShipment, type ShipmentOverrides } from '../../support/order-builder';
import { aMixedOrderView, onlyShipment, viewOf } from '../../support/sample-messages';

const orderStatus = (order: OrderView) => renderForCustomer(message('order_status', { order }));
const bulletLines = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

const MARKETPLACE_PAGE = '(https://www.kmart.com.au/help/marketplace/)';

const aMarketplaceParcel: ShipmentOverrides = {
  seller: { type: 'marketplace', name: 'Bondi Home Co' },
  carrier: 'sendle',
  trackingNumber: 'SNDL7Q4K2M',
  trackingUrl: 'https://track.bondihome.example.com/parcels/SNDL7Q4K2M',
};

const perthDelivered = (deliveredAt: string) =>
  viewOf(
    anOrder({
      deliveryAddress: { line1: '1 Hay St', suburb: 'Perth', state: 'WA', postcode: '6000' },
      shipments: [{ status: 'delivered', deliveredAt, lastScanAt: deliveredAt }],
    }),
    new Date('2026-11-26T12:00:00+08:00'),
  );

describe('order_status for one parcel', () => {
  test('says it in a few sentences, greeting the customer and linking the tracking number', () => {
    const text = orderStatus(viewOf(anOrder()));
    expect(text).toMatch(/^Hi Sam!/);
    expect(text).toContain('on its way with Australia Post');
    expect(text).toContain('[36LB45032230](https://auspost.com.au/mypost/track/details/36LB45032230)');
    expect(text).toContain('should arrive between Tue 24 Nov and Thu 26 Nov');
    expect(bulletLines(text)).toEqual([]);
  });

  test('a remote order says why the wait is longer with the published timeframe for its zone', () => {
    const remote = anOrder({ deliveryAddress: { line1: '3 Napier Tce', suburb: 'Broome', state: 'WA', postcode: '6725' }, deliveryZone: 'remote' });
    expect(orderStatus(viewOf(remote))).toContain(
      'Broome is in a remote delivery area, where standard delivery takes 14 to 20 business days from dispatch, longer than in the cities.',
    );
    expect(orderStatus(viewOf(anOrder()))).not.toContain('delivery area');
  });

  test('does not greet by name when the order has none', () => {
    const text = orderStatus(viewOf(anOrder({ customer: { firstName: null } })));
    expect(text).not.toMatch(/\bHi\b/);
    expect(text).toContain('order 4000123456');
  });

  test('a parcel not yet sent says it still has to leave, with the whole expected window', () => {
    const text = orderStatus(viewOf(anOrder({ shipments: [anUndispatchedShipment()] })));
    expect(text).toContain("We've got your order and are preparing it. It hasn't shipped yet, but should be on its way within 3 business days");
    expect(text).toMatch(/on its way within 3 business days, then arrive between \w{3} \d+ \w{3} and \w{3} \d+ \w{3}/);
    expect(text.match(/hasn't shipped/g)).toHaveLength(1);
  });

  test('a late parcel is not promised a date that has passed', () => {
    const text = orderStatus(viewOf(anOrder(), new Date('2026-12-10T12:00:00+11:00')));
    expect(text).toContain('was due between Tue 24 Nov and Thu 26 Nov and is running late');
    expect(text).not.toContain('should arrive');
  });

  test('a delivered parcel gives the day and what the driver recorded', () => {
    const view = viewOf(
      anOrder({
        shipments: [
          {
            status: 'delivered',
            deliveredAt: '2026-11-21T10:05:00+11:00',
            proofOfDelivery: { kind: 'photo', note: 'Front door', url: 'https://pod.example.com/p/1.jpg' },
          },
        ],
      }),
      new Date('2026-11-22T10:00:00+11:00'),
    );
    const text = orderStatus(view);
    expect(text).toContain('delivered on Sat 21 Nov by Australia Post');
    expect(text).toContain('“Front door”');
    expect(text).toContain('[see the proof of delivery](https://pod.example.com/p/1.jpg)');
  });

  test('a seller tracking link wins over the carrier page', () => {
    const text = orderStatus(viewOf(anOrder({ shipments: [aMarketplaceParcel] })));
    expect(text).toContain('[SNDL7Q4K2M](https://track.bondihome.example.com/parcels/SNDL7Q4K2M)');
    expect(text).not.toContain('track.sendle.com');
  });

  test('an unknown carrier is named, and its tracking number shown without a link', () => {
    const text = orderStatus(viewOf(anOrder({ shipments: [{ carrier: 'hunterexpress', trackingNumber: 'HE83920411' }] })));
    expect(text).toContain('with hunterexpress');
    expect(text).toContain('Its tracking number is HE83920411.');
    // "Track it here" would promise a link that is not there.
    expect(text).not.toContain('Track it here');
    expect(text).not.toContain('](');
  });

  test('a Marketplace parcel carries the seller warning and no promise from our timeframes', () => {
    const text = orderStatus(viewOf(anOrder({ shipments: [aMarketplaceParcel] })));
    expect(text).toContain('Bondi Home Co is a Marketplace seller');
    expect(text).toContain('sold and sent by them, with their own carrier and delivery timeline');
    expect(text).toContain(`[Marketplace delivery]${MARKETPLACE_PAGE}`);
    expect(text).toContain("the seller's own timeframe");
    expect(text).not.toMatch(/arrive between/);
  });

  test('a Click & Collect order being packed says which store and from when', () => {
    const view = viewOf(aCollectionOrder({ placedAt: '2026-11-20T10:00:00+11:00', shipments: [anUndispatchedShipment({ status: 'picking' })] }));
    const text = orderStatus(view);
    expect(text).toContain('for collection at Kmart Parramatta');
    expect(text).toContain('ready from 4pm Fri 20 Nov');
  });
});

describe('order_status for several parcels', () => {
  test('is a one-line intro and a bullet per parcel, each with seller, status, tracking and window', () => {
    const text = orderStatus(aMixedOrderView());
    expect(text.split('\n')[0]).toBe("Hi Sam! Here's the latest on order 4000123456, which comes in 2 parcels:");
    const [kmart, marketplace, ...rest] = bulletLines(text);
    expect(rest).toEqual([]);
    expect(kmart).toMatch(/^- Parcel 1 from Kmart \(Anko Bath Towel ×2\): on its way — Australia Post \[36LB45032230\]\(https:\/\/auspost\.com\.au\/mypost\/track\/details\/36LB45032230\) — should arrive between Tue 24 Nov and Thu 26 Nov\.$/);
    expect(marketplace).toMatch(/^- Parcel 2 from Little Wattle Toys \(Wooden Stacking Rainbow\): order received/);
  });

  test('every Marketplace parcel carries its own warning, and only those do', () => {
    const view = viewOf(
      anOrder({
        shipments: [aMarketplaceParcel, {}, { ...aMarketplaceParcel, seller: { type: 'marketplace', name: 'Outback Gear Traders' } }],
      }),
    );
    const [first, kmart, third] = bulletLines(orderStatus(view));
    expect(first).toContain('Bondi Home Co is a Marketplace seller');
    expect(first).toContain(MARKETPLACE_PAGE);
    expect(third).toContain('Outback Gear Traders is a Marketplace seller');
    expect(third).toContain(MARKETPLACE_PAGE);
    expect(kmart).not.toContain('Marketplace');
  });

  test('a cancelled parcel is listed as cancelled, with where its money goes and without a window', () => {
    const view = viewOf(anOrder({ shipments: [{}, { status: 'cancelled', items: [{ sku: '1', name: 'Anko Robot Vacuum', quantity: 1 }] }] }));
    expect(bulletLines(orderStatus(view))[1]).toBe(
      '- Parcel 2 from Kmart (Anko Robot Vacuum): cancelled and refunded automatically to the payment method you used.',
    );
  });

  test('a cancelled order says it is refunded automatically, not that a refund is "handled separately"', () => {
    const text = orderStatus(viewOf(anOrder({ shipments: [{ status: 'cancelled' }] })));
    expect(text).toContain("It's refunded automatically to the payment method you used");
    expect(text).not.toContain('handled separately');
  });
});

describe('dates are the delivery state’s days, whatever zone the server is in', () => {
  test('a Perth delivery at 1:30am Perth time (the evening before in UTC) is on the Perth day', () => {
    const text = orderStatus(perthDelivered('2026-11-24T17:30:00Z'));
    expect(text).toContain('delivered on Wed 25 Nov');
    expect(text).not.toContain('Tue 24 Nov');
  });

  test('a Perth delivery at 11:30pm Perth time (already tomorrow in Sydney) is on the Perth day', () => {
    const text = orderStatus(perthDelivered('2026-11-24T15:30:00Z'));
    expect(text).toContain('delivered on Tue 24 Nov');
    expect(text).not.toContain('Wed 25 Nov');
  });

  test('a Perth store’s ready time is Perth time', () => {
    const store = { storeId: '6107', name: 'Kmart Cannington', suburb: 'Cannington', state: 'WA' as const, postcode: '6107', phone: null, openingHours: null };
    // 11:30am in Perth is before the noon cut-off, though it is already 2:30pm in Sydney.
    const view = viewOf(
      aCollectionOrder({ placedAt: '2026-11-20T03:30:00Z', collectionStore: store, shipments: [anUndispatchedShipment({ status: 'picking' })] }),
      new Date('2026-11-20T04:00:00Z'),
    );
    const text = orderStatus(view);
    expect(text).toContain('ready from 4pm Fri 20 Nov');
    expect(text).toContain('Kmart Cannington');
  });
});

describe('which_parcel', () => {
  test('numbers the parcels with their seller, items and status', () => {
    const text = renderForCustomer(message('which_parcel', { shipments: aMixedOrderView().shipments }));
    expect(text).toContain('1. From Kmart (Anko Bath Towel ×2): on its way');
    expect(text).toContain('2. From Little Wattle Toys (Wooden Stacking Rainbow): order received');
  });
});

describe('status_meanings', () => {
  test('explains each status asked about, and only those', () => {
    const text = renderForCustomer(message('status_meanings', { statuses: ['picking', 'out_for_delivery'] }));
    expect(bulletLines(text)).toEqual([
      '- **Being packed**: Our store or warehouse team is picking and packing your items.',
      '- **Out for delivery**: The delivery company is planning to drop it off today.',
    ]);
  });
});

describe('escaping what the order system sends', () => {
  test('a seller name with markdown in it is shown literally, not as formatting or a link', () => {
    const shipment: ShipmentOverrides = { ...aMarketplaceParcel, seller: { type: 'marketplace', name: '**Deals** [here](https://evil.example)' } };
    const text = orderStatus(viewOf(anOrder({ shipments: [shipment] })));
    expect(text).toContain('\\*\\*Deals\\*\\* \\[here\\]\\(https://evil.example\\)');
    expect(text).not.toContain('[here](https://evil.example)');
  });

  test('a tracking link with brackets in it cannot break out of its link', () => {
    const view = viewOf(anOrder({ shipments: [{ ...aMarketplaceParcel, trackingUrl: 'https://track.example.com/p/(x)' }] }));
    const parcel: ShipmentView = onlyShipment(view);
    const text = renderForCustomer(message('tracking_available', { shipment: parcel }));
    expect(text).toContain('[SNDL7Q4K2M](https://track.example.com/p/%28x%29)');
  });
});
