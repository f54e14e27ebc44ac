import { MANY_PARCELS_ORDER, customerSays, replyKeys, replyOf } from '../../support/procedure-harness';
import { SAM, says, foundOrder } from './branch-conversations';

/**
 * Marketplace parcels: explained, then a ticket with the seller.
 * Driven as in branch-conversations.ts: events built by hand, real fixture adapters, JSON between turns.
 */
describe('Marketplace', () => {
  test('one Marketplace parcel: explained, a Marketplace support ticket offered, and opened when the customer agrees', async () => {
    const { driver, outcome } = await foundOrder('4000123471', says.marketplace);
    expect(replyKeys(outcome)).toEqual(['marketplace_explained', 'offer_marketplace_ticket']);
    expect(outcome.offers).toEqual([{ kind: 'yes_no', question: 'open_marketplace_ticket' }]);
    expect(await driver.harness.caseStore.casesForOrder('4000123471')).toEqual([]);
    const opened = await driver.send(says.yes);
    expect(replyOf(opened, 'marketplace_ticket_opened').data.supportCase).toMatchObject({ kind: 'marketplace_ticket', shipmentId: 'S1' });
    expect(opened.offers).not.toContainEqual({ kind: 'topic', topic: 'marketplace_question' });
  });

  test('"no thanks" to the ticket opens nothing', async () => {
    const { driver } = await foundOrder('4000123471', says.marketplace);
    const declined = await driver.send(says.no);
    expect(declined.replies).toEqual([{ key: 'request_declined', data: { request: 'marketplace_ticket' } }]);
    expect(await driver.harness.caseStore.casesForOrder('4000123471')).toEqual([]);
  });

  test('several Marketplace parcels: the customer picks the seller, then agrees to the ticket', async () => {
    const { driver, outcome } = await foundOrder(MANY_PARCELS_ORDER.orderNumber, says.marketplace);
    expect(replyKeys(outcome)).toEqual(['marketplace_explained', 'which_parcel']);
    const picked = await driver.send(customerSays('Harbour Homewares', 'none'));
    expect(replyOf(picked, 'offer_marketplace_ticket').data.shipment.seller.name).toBe('Harbour Homewares');
    const opened = await driver.send(says.yes);
    expect(replyOf(opened, 'marketplace_ticket_opened').data.shipment.seller.name).toBe('Harbour Homewares');
  });

  test('no Marketplace parcel: said so', async () => {
    const { outcome } = await foundOrder(SAM.orderNumber, says.marketplace);
    expect(replyKeys(outcome)).toEqual(['no_marketplace_parcel']);
  });
});
