import type { ShipmentView } from '../../src/domain/order-view';
import type { SupportCase } from '../../src/domain/support-case';
import type { HandoffSummary } from '../../state-machines/handoff-summary';
import type { CopyFor } from './copy-types';
import { bulletList, escapeMarkdown, helpLink, paragraphs, sentences } from './markdown';
import { allItems, carrierName, joinWithAnd, parcelFrom, reference, sellerName, storePlace, trackingReference } from './parcel-phrases';

/** Requests we log for the customer and handing over to a person: a reference and what happens next. */

function yourReference(ref: string): string {
  return `Your reference is ${reference(ref)}.`;
}

function investigationOpened(shipment: ShipmentView, ref: string, replyWithin: number): string {
  const carrier = carrierName(shipment) ?? 'the delivery company';
  return paragraphs(
    sentences(`I'm sorry it's gone missing. I've opened a missing-parcel investigation with ${carrier}.`, yourReference(ref)),
    'What happens next:',
    bulletList([
      `We've asked ${carrier} for proof of delivery and where exactly they left ${parcelFrom(shipment)}.`,
      `We'll contact you within ${replyWithin} business ${replyWithin === 1 ? 'day' : 'days'} with what they find.`,
      `If ${carrier} can't find it, we'll arrange a refund or a replacement.`,
    ]),
  );
}

function caseTimeline(cases: SupportCase[], replyWithin: number): string {
  const open = cases.filter((c) => c.status === 'open');
  // The reference is named as one, so a customer asking again ("yes please open it") sees it is already under way.
  const lines = open.map((c) => `${CASE_NAMES[c.kind]} is open, reference ${reference(c.reference)}: ${CASE_TIMELINES[c.kind](replyWithin)}`);
  return open.length === 0 ? "There's nothing open for this order at the moment." : open.length === 1 ? (lines[0] ?? '') : bulletList(lines);
}

function marketplaceExplained(shipments: ShipmentView[]): string {
  const sellers = [...new Set(shipments.map((s) => s.seller.name))].map(escapeMarkdown);
  const who = sellers.length === 1 ? `${sellers[0] ?? ''}, a Marketplace seller` : `Marketplace sellers ${joinWithAnd(sellers)}`;
  // "Who do I even chase?": the carriers the sellers sent with, and their tracking, are what the customer can act on.
  const sent = shipments.flatMap((s) => {
    const carrier = carrierName(s);
    return carrier === null || s.dispatchedAt === null ? [] : [[carrier, trackingReference(s)].filter((part) => part !== null).join(' ')];
  });
  // "is the toy from the marketplace seller shipped yet?": what the seller has not sent is said as plainly as what it has.
  const unsent = shipments
    .filter((s) => s.dispatchedAt === null && s.status !== 'cancelled')
    .map((s) => `${allItems(s) ?? 'Your item'} from ${sellerName(s)}`);
  return sentences(
    `Your order includes items from ${who}.`,
    `Marketplace sellers sell and send their items themselves, with their own carrier and delivery timeline (see ${helpLink('marketplaceDelivery')}).`,
    sent.length > 0 && `Sent with ${joinWithAnd(sent)}.`,
    unsent.length > 0 && `${joinWithAnd(unsent)} ${unsent.length === 1 ? "hasn't" : "haven't"} shipped yet.`,
  );
}

/** What each kind of case is called, and when the customer hears back, for "how long will that take?". */
const CASE_NAMES: Record<SupportCase['kind'], string> = {
  missing_parcel_investigation: 'The missing-parcel investigation',
  store_collection_check: 'The store check',
  marketplace_ticket: 'The Marketplace support ticket',
  address_change: 'The address change',
  carrier_redirect: 'The redirect request',
  refund_or_alternative: 'The refund, return or alternative request',
};
const CASE_TIMELINES: Record<SupportCase['kind'], (replyWithin: number) => string> = {
  missing_parcel_investigation: (days) => `we'll contact you within ${days} business days with what the carrier finds.`,
  store_collection_check: () => "the store will check and we'll be in touch within 1 business day.",
  marketplace_ticket: () => 'Marketplace sellers usually reply within 2 business days.',
  address_change: () => 'our team updates the address before the order is sent, and will contact you if anything is unclear.',
  carrier_redirect: () => "we'll let you know within 2 business days whether the carrier could redirect it.",
  refund_or_alternative: () => 'a person from our team will contact you within 2 business days.',
};

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
  | 'offer_marketplace_ticket'
  | 'marketplace_ticket_opened'
  | 'no_marketplace_parcel'
  | 'case_timeline'
  | 'case_failed'
  | 'handoff'
  | 'with_a_person'
> = {
  investigation_opened: ({ shipment, supportCase, replyWithinBusinessDays }) =>
    investigationOpened(shipment, supportCase.reference, replyWithinBusinessDays),
  store_check_requested: ({ order, supportCase }) => {
    const store = order.collectionStore;
    const collected = order.shipments.some((s) => s.status === 'collected');
    return paragraphs(
      sentences(
        collected
          ? `Your Click & Collect order shows as collected, so I've asked the team at ${store ? storePlace(store) : 'the store'} to check who collected it and find your order.`
          : `I've asked the team at ${store ? storePlace(store) : 'the store'} to check on your Click & Collect order.`,
        yourReference(supportCase.reference),
      ),
      sentences(
        "We'll be in touch within 1 business day, once they've had a look.",
        store?.phone ? `If you'd like to speak to the store yourself, call ${escapeMarkdown(store.phone)}.` : null,
      ),
    );
  },
  marketplace_explained: ({ shipments }) => marketplaceExplained(shipments),
  offer_marketplace_ticket: ({ shipment }) =>
    sentences(
      `If you'd like, I can open a Marketplace support ticket: that's how we contact ${sellerName(shipment)} about your order, and they reply through it.`,
      'Shall I open one?',
    ),
  marketplace_ticket_opened: ({ shipment, supportCase }) =>
    sentences(
      `I've opened a Marketplace support ticket, and ${sellerName(shipment)} has been contacted through it.`,
      yourReference(supportCase.reference),
      'Marketplace sellers usually reply within 2 business days.',
    ),
  case_timeline: ({ cases, replyWithinBusinessDays }) => caseTimeline(cases, replyWithinBusinessDays),
  no_marketplace_parcel: () =>
    "Nothing in this order comes from a Marketplace seller: it's all sent by us. Is there something else I can help with?",
  case_failed: () =>
    "Sorry, I couldn't log that request just now. I'll put you through to a person from our team who can sort it out.",
  handoff: ({ summary }) => handoff(summary),
  with_a_person: () =>
    "You're with our team now: a person will reply here as soon as they can. They can see your messages, so feel free to add anything else.",
};
