import type { ButtonValue } from '../../state-machines/customer-buttons';
import type { FollowUpTopic } from '../../state-machines/customer-intent';
import type { Offer } from '../../state-machines/support-messages';
import { statusLabel } from './status-words';

/**
 * Button titles for the procedure's offers, and what each button sends back
 * (state-machines/customer-buttons.ts declares the value and turns it into
 * the procedure's event). Titles are plain text (suggested actions do not
 * render markdown), so nothing here is escaped.
 */

export type OfferButton = { title: string; value: ButtonValue };

type YesNoQuestion = Extract<Offer, { kind: 'yes_no' }>['question'];

const TOPIC_LABELS: Record<FollowUpTopic, string> = {
  tracking_not_updating: "Tracking isn't updating",
  no_tracking_yet: 'No tracking yet',
  delivered_not_received: "It says delivered but it's not here",
  wrong_address: 'Wrong address',
  parcel_delayed: 'My parcel is late',
  marketplace_question: 'Marketplace seller question',
  status_meaning: 'What does my status mean?',
  click_and_collect: 'Click & Collect',
  another_order: 'Check another order',
  talk_to_person: 'Talk to a person',
  done: "That's all, thanks",
};

/** Each question's two answers; "no" to retrying means the customer would rather have a person. */
const ANSWERS: Record<YesNoQuestion, [yes: OfferButton, no: OfferButton]> = {
  found_parcel: [
    { title: 'Yes, found it', value: { answer: 'yes' } },
    { title: 'No, still missing', value: { answer: 'no' } },
  ],
  want_remedy: [
    { title: 'Yes please', value: { answer: 'yes' } },
    { title: 'No thanks', value: { answer: 'no' } },
  ],
  retry_lookup: [
    { title: 'Try again', value: { answer: 'yes' } },
    { title: TOPIC_LABELS.talk_to_person, value: { topic: 'talk_to_person' } },
  ],
  confirm_address_change: [
    { title: "Yes, that's right", value: { answer: 'yes' } },
    { title: 'No, leave it', value: { answer: 'no' } },
  ],
  confirm_remedy: [
    { title: 'Yes, go ahead', value: { answer: 'yes' } },
    { title: 'No, leave it', value: { answer: 'no' } },
  ],
  open_marketplace_ticket: [
    { title: 'Yes, open a ticket', value: { answer: 'yes' } },
    { title: 'No thanks', value: { answer: 'no' } },
  ],
};

const REMEDY_BUTTONS: OfferButton[] = [
  { title: 'A refund', value: { remedy: 'refund' } },
  { title: 'A return', value: { remedy: 'return' } },
  { title: 'An alternative item', value: { remedy: 'alternative' } },
];

/** The buttons one offer becomes: one for most, two (yes and no) for a question. */
export function offerButtons(offer: Offer): OfferButton[] {
  switch (offer.kind) {
    case 'topic':
      return [{ title: TOPIC_LABELS[offer.topic], value: { topic: offer.topic } }];
    case 'yes_no':
      return [...ANSWERS[offer.question]];
    case 'shipment':
      return [{ title: `Parcel ${offer.index} from ${offer.sellerName} (${statusLabel(offer.status)})`, value: { shipmentId: offer.shipmentId } }];
    case 'order':
      return [{ title: `Order ${offer.orderNumber}`, value: { orderNumber: offer.orderNumber } }];
    case 'remedy':
      return REMEDY_BUTTONS;
  }
}

/** One line naming the offer, for transcripts and logs: a question's answers are joined with " / ". */
export function offerLabel(offer: Offer): string {
  return offerButtons(offer)
    .map((button) => button.title)
    .join(' / ');
}

/**
 * All the buttons for one turn. A question can repeat a button offered next
 * to it (retrying the lookup comes with "Talk to a person" both ways), and
 * two identical buttons would look like a mistake.
 */
export function buttonsForOffers(offers: Offer[]): OfferButton[] {
  const seen = new Set<string>();
  return offers.flatMap(offerButtons).filter((button) => {
    const key = `${button.title}\u0000${JSON.stringify(button.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
