import { renderForCustomer } from '../../support/customer-copy';
import type { CollectionStore } from '../../../src/domain/order';
import type { OrderView } from '../../../src/domain/order-view';
import { message } from '../../../state-machines/support-messages';
import { aCollectionOrder, anUndispatchedShipment } from '../../support/order-builder';
import { viewOf } from '../../support/sample-messages';

const CHERMSIDE: CollectionStore = {
  storeId: '4032',
  name: 'Kmart Chermside',
  suburb: 'Chermside',
  state: 'QLD',
  postcode: '4032',
  phone: '(07) 5550 4032',
  openingHours: 'Mon-Sun 7am-11pm',
};

/** Ready at the Chermside store since 10:30am Sun 15 Nov (Brisbane time), read at `now`. */
const readySince15Nov = (now: string): OrderView =>
  viewOf(
    aCollectionOrder({
      collectionStore: CHERMSIDE,
      shipments: [{ status: 'ready_to_collect', carrier: null, trackingNumber: null, dispatchedAt: null, lastScanAt: null, events: [], readyForCollectionAt: '2026-11-15T10:30:00+10:00' }],
    }),
    new Date(now),
  );

describe('click_and_collect_info', () => {
  const info = (view: OrderView) => renderForCustomer(message('click_and_collect_info', { order: view }));

  test('names the store, its hours and phone, how long it has waited, and what to bring', () => {
    const text = info(readySince15Nov('2026-11-20T12:00:00+10:00'));
    expect(text).toContain('Kmart Chermside');
    expect(text).toContain('Mon-Sun 7am-11pm');
    expect(text).toContain('5550 4032');
    expect(text).toContain('waiting for you for 5 days');
    expect(text).toContain('bring your order number and photo ID');
    expect(text).toContain('(https://www.kmart.com.au/help/click-and-collect/)');
  });

  test('says until which day this order is held (7 days from the day it was ready) and who else may collect it', () => {
    const text = info(readySince15Nov('2026-11-20T12:00:00+10:00'));
    expect(text).toContain('We hold it for 7 days once it\'s ready, so you have until Sun 22 Nov to collect it.');
    expect(text).toContain('Someone else can collect it for you if they bring your order number and their own photo ID.');
  });

  test('once the hold has run out, says so and asks the customer to call the store first', () => {
    const text = info(readySince15Nov('2026-11-24T12:00:00+10:00'));
    expect(text).toContain('that was up on Sun 22 Nov, so please call the store before you go');
    expect(text).not.toContain('you have until');
  });

  test('an order not ready yet says how long it will be held once it is', () => {
    const view = viewOf(aCollectionOrder({ placedAt: '2026-11-20T10:00:00+11:00', shipments: [anUndispatchedShipment({ status: 'picking' })] }));
    expect(info(view)).toContain("It isn't ready yet.");
    expect(info(view)).toContain("Once it's ready, we hold it for 7 days.");
  });

  test('does not tell the customer what to bring once it has been collected', () => {
    const view = viewOf(
      aCollectionOrder({ shipments: [{ status: 'collected', carrier: null, trackingNumber: null, deliveredAt: '2026-11-19T11:00:00+11:00', events: [] }] }),
    );
    const text = info(view);
    expect(text).toContain('already been collected (Thu 19 Nov)');
    expect(text).not.toContain('bring');
  });
});
