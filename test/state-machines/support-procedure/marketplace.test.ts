import { MANY_PARCELS_ORDER, customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, says, foundOrder } from './branch-conversations';

/**
 * Marketplace parcels: explained, then a ticket with the seller.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
describe('Marketplace', () => {
  test('one Marketplace parcel: explained and a ticket opened with the seller', async () => {
    const { outcome } = await foundOrder('4000123471', says.marketplace);
    expect(replyKeys(outcome)).toEqual(['marketplace_explained', 'marketplace_ticket_opened']);
    expect(replyOf(outcome, 'marketplace_ticket_opened').data.supportCase).toMatchObject({ kind: 'marketplace_ticket', shipmentId: 'S1' });
    expect(outcome.offers).not.toContainEqual({ kind: 'topic', topic: 'marketplace_question' });
  });

  test('several Marketplace parcels: the customer picks the seller', async () => {
    const { driver, outcome } = await foundOrder(MANY_PARCELS_ORDER.orderNumber, says.marketplace);
    expect(replyKeys(outcome)).toEqual(['marketplace_explained', 'which_parcel']);
    const picked = await driver.send(customerSays('Harbour Homewares', 'none'));
    expect(replyOf(picked, 'marketplace_ticket_opened').data.shipment.seller.name).toBe('Harbour Homewares');
  });

  test('no Marketplace parcel: said so', async () => {
    const { outcome } = await foundOrder(SAM.orderNumber, says.marketplace);
    expect(replyKeys(outcome)).toEqual(['no_marketplace_parcel']);
  });
});
