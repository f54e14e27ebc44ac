import type { ShipmentView } from '../../src/domain/order-view';
import type { HandoffSummary } from '../../state-machines/handoff-summary';
import type { CopyFor } from './copy-types';
import { bulletList, capitalise, escapeMarkdown, helpLink, paragraphs, sentences } from './markdown';
import { carrierName, joinWithAnd, parcelFrom, reference, sellerName, storePlace } from './parcel-phrases';

/** Requests we log for the customer and handing over to a person: a reference and what happens next. */

function yourReference(ref: string): string {
  return `Your reference is ${reference(ref)}.`;
}

function investigationOpened(shipment: ShipmentView, ref: string, replyWithin: number): string {
  const carrier = carrierName(shipment) ?? 'the delivery company';
  return paragraphs(
    sentences("I'm sorry it's gone missing. I've asked our team to investigate.", yourReference(ref)),
    "What happens next:",
    bulletList([
      `We've asked ${carrier} for proof of delivery and where exactly they left ${parcelFrom(shipment)}.`,
      `We'll contact you within ${replyWithin} business ${replyWithin === 1 ? 'day' : 'days'}.`,
      `If ${carrier} can't find it, we'll arrange a refund or a replacement.`,
    ]),
  );
}

function marketplaceExplained(shipments: ShipmentView[]): string {
  const sellers = [...new Set(shipments.map((s) => s.seller.name))].map(escapeMarkdown);
  const who = sellers.length === 1 ? `${sellers[0] ?? ''}, a Marketplace seller` : `Marketplace sellers ${joinWithAnd(sellers)}`;
  return sentences(
    `Your order includes items from ${who}.`,
    `Marketplace sellers sell and send their items themselves, with their own carrier and delivery timeline (see ${helpLink('marketplaceDelivery')}).`,
    sellers.length === 1 ? "I'll pass your question on to them." : "I'll pass your question on to the right seller.",
  );
}

function handoff(summary: HandoffSummary): string {
  const about = summary.verified && summary.orderNumber ? ` about order ${escapeMarkdown(summary.orderNumber)}` : '';
  return sentences(
    "I'm bringing in a person from our team, and they'll take over right here in this chat.",
    `They'll see what we've covered${about}, so you won't need to repeat yourself.`,
  );
}

export const escalationCopy: CopyFor<
  | 'investigation_opened'
  | 'store_check_requested'
  | 'marketplace_explained'
  | 'marketplace_ticket_opened'
  | 'no_marketplace_parcel'
  | 'address_change_requested'
  | 'carrier_redirect_requested'
  | 'address_after_delivery'
  | 'case_failed'
  | 'handoff'
  | 'with_a_person'
> = {
  investigation_opened: ({ shipment, supportCase, replyWithinBusinessDays }) =>
    investigationOpened(shipment, supportCase.reference, replyWithinBusinessDays),
  store_check_requested: ({ order, supportCase }) => {
    const store = order.collectionStore;
    return paragraphs(
      sentences(
        `I've asked the team at ${store ? storePlace(store) : 'the store'} to check on your Click & Collect order.`,
        yourReference(supportCase.reference),
      ),
      sentences(
        "We'll be in touch once they've had a look.",
        store?.phone ? `If you'd like to speak to the store yourself, call ${escapeMarkdown(store.phone)}.` : null,
      ),
    );
  },
  marketplace_explained: ({ shipments }) => marketplaceExplained(shipments),
  marketplace_ticket_opened: ({ shipment, supportCase }) =>
    sentences(
      `I've contacted ${sellerName(shipment)} about your order.`,
      yourReference(supportCase.reference),
      'Marketplace sellers usually reply within 2 business days.',
    ),
  no_marketplace_parcel: () =>
    "Nothing in this order comes from a Marketplace seller: it's all sent by us. Is there something else I can help with?",
  address_change_requested: ({ supportCase }) =>
    sentences(
      "Your order hasn't been sent yet, so I've asked our team to update the delivery address before it goes.",
      yourReference(supportCase.reference),
      'They may contact you to confirm the new address.',
    ),
  carrier_redirect_requested: ({ shipment, supportCase }) =>
    paragraphs(
      sentences(
        `${capitalise(parcelFrom(shipment))} is already with ${carrierName(shipment) ?? 'the delivery company'}, so I've asked them to redirect it or send it back to us.`,
        yourReference(supportCase.reference),
      ),
      "I can't promise they'll manage it once it's on the road, but we'll let you know how it goes.",
    ),
  address_after_delivery: () =>
    "Your order has already been delivered, so it's too late to change the address. Let's work out where it ended up.",
  case_failed: () =>
    "Sorry, I couldn't log that request just now. I'll put you through to a person from our team who can sort it out.",
  handoff: ({ summary }) => handoff(summary),
  with_a_person: () =>
    "You're with our team now: a person will reply here as soon as they can. They can see your messages, so feel free to add anything else.",
};
