import type { ShipmentView } from '../../src/domain/order-view';
import type { RemedyKind } from '../../state-machines/customer-intent';
import type { CopyFor } from './copy-types';
import { capitalise, paragraphs, sentences } from './markdown';
import { allItems, joinWithAnd, parcelFrom, reference, trackingReference } from './parcel-phrases';

/** A refund, a return or an alternative for a late parcel: offered, chosen, read back, then logged. */

const REMEDY_WORDS: Record<RemedyKind, string> = {
  refund: 'a refund',
  return: 'a return',
  alternative: 'an alternative (a replacement or a similar item)',
};

function lateParcel(shipment: ShipmentView): string {
  const tracking = trackingReference(shipment);
  return `${capitalise(parcelFrom(shipment))}${tracking ? ` (${tracking})` : ''} is running late`;
}

function declined(request: 'remedy' | 'address_change' | 'marketplace_ticket'): string {
  switch (request) {
    case 'remedy':
      return "No worries, I'll leave it as it is. If it still hasn't turned up in a few days, come back and we'll sort it out.";
    case 'address_change':
      return "No problem, I haven't changed anything: it's still going to the address on the order.";
    case 'marketplace_ticket':
      return "No problem, I haven't opened a ticket. If you'd like one later, just ask.";
  }
}

/** "The cancelled part of your order (Anko Robot Vacuum) is", so the customer knows which items the refund is for. */
function cancelledItems(shipments: ShipmentView[]): string {
  const names = shipments.map(allItems).filter((items): items is string => items !== null);
  const named = names.length > 0 ? ` (${joinWithAnd(names)})` : '';
  return shipments.length === 1 ? `The cancelled part of your order${named} is` : `The cancelled items${named} are`;
}

export const remedyCopy: CopyFor<
  'offer_remedy' | 'choose_remedy' | 'confirm_remedy' | 'remedy_requested' | 'refund_for_cancelled' | 'request_declined'
> = {
  offer_remedy: () =>
    'Would you like us to arrange a refund, a return or an alternative? If so, a person from our team will follow up with you to sort out the details.',
  choose_remedy: () => 'Which would you prefer: a refund, a return, or an alternative item?',
  confirm_remedy: ({ shipment, remedy }) =>
    sentences(
      `${lateParcel(shipment)}.`,
      `I can ask our team to arrange ${REMEDY_WORDS[remedy]} for it, and they'll contact you to finish it off.`,
      'Shall I go ahead?',
    ),
  remedy_requested: ({ shipment, supportCase, remedy }) =>
    paragraphs(
      `Done. I've asked for ${REMEDY_WORDS[remedy]}. Your reference is ${reference(supportCase.reference)}.`,
      `A person from our team will be in touch about ${parcelFrom(shipment)} within 2 business days, and they'll already know the details. If the parcel turns up in the meantime, just let them know.`,
    ),
  refund_for_cancelled: ({ shipments }) =>
    sentences(
      `${cancelledItems(shipments)} refunded automatically`,
      'to the payment method you used, so there is nothing you need to request.',
      'Refunds usually show within 3 to 5 business days, depending on your bank.',
    ),
  request_declined: ({ request }) => declined(request),
};
