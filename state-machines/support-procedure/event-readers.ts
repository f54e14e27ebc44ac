import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import {
  FOLLOW_UP_TOPICS,
  OrderTopicSchema,
  type CustomerIntent,
  type FollowUpTopic,
  type OrderTopic,
  type Question,
  type RemedyKind,
  type Understanding,
} from '../customer-intent';
import { candidatesFor, parcelNamedIn, shipmentById, shipmentNamedIn, type CandidateRule } from '../shipment-candidates';
import type { SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';

/** Reading events and context the way every guard and action of the procedure needs them. */

export type MessageEvent = Extract<SupportEvent, { type: 'customer.message' }>;

export function isMessage(event: SupportEvent): event is MessageEvent {
  return event.type === 'customer.message';
}

/** What the customer meant, typed or clicked; null for events that are not the customer's words. */
export function intentOf(event: SupportEvent): CustomerIntent | null {
  if (event.type === 'customer.message') return event.understanding.intent;
  if (event.type !== 'customer.choice') return null;
  if ('topic' in event.choice) return event.choice.topic;
  if ('remedy' in event.choice) return 'wants_remedy';
  return event.choice.answer === 'yes' ? 'affirm' : 'deny';
}

export function isFollowUpTopic(intent: string | null): intent is FollowUpTopic {
  return (FOLLOW_UP_TOPICS as readonly string[]).includes(intent ?? '');
}

/** What the customer wants about their order, said anywhere in the message or clicked. */
export function topicOf(event: SupportEvent): OrderTopic | null {
  if (event.type === 'customer.message') return event.understanding.topic;
  const topic = OrderTopicSchema.safeParse(intentOf(event));
  return topic.success ? topic.data : null;
}

/** A general or out-of-scope question asked in the message. */
export function questionOf(event: SupportEvent): Question | null {
  return isMessage(event) ? event.understanding.question : null;
}

/** The answer to the bot's yes/no question: a button, or the reply as understanding read it in context. */
export function answerOf(event: SupportEvent): 'yes' | 'no' | null {
  if (event.type === 'customer.choice') return 'answer' in event.choice ? event.choice.answer : null;
  return isMessage(event) ? event.understanding.answer : null;
}

export function remedyOf(event: SupportEvent): RemedyKind | null {
  if (event.type === 'customer.choice') return 'remedy' in event.choice ? event.choice.remedy : null;
  return isMessage(event) ? event.understanding.remedy : null;
}

/** A message that asks for something besides answering yes or no: a topic, a question, the order's status, another order. */
export function saysMoreThanAnAnswer(understanding: Understanding): boolean {
  return (
    understanding.topic !== null ||
    understanding.question !== null ||
    understanding.intent === 'track_order' ||
    understanding.intent === 'another_order'
  );
}

export function refusesRemedy(event: SupportEvent): boolean {
  return isMessage(event) && event.understanding.remedyRefused;
}

export function addressOf(event: SupportEvent): string | null {
  return isMessage(event) ? event.understanding.address : null;
}

/** Thanks, and nothing else to act on: "cheers", "ok ta". */
export function isThanksAlone(event: SupportEvent): boolean {
  if (!isMessage(event)) return false;
  const { thanks, intent, topic, question, orderNumber, contact } = event.understanding;
  return (thanks || intent === 'thanks') && topic === null && question === null && orderNumber === null && contact === null;
}

/** Details in context after absorbing this message; "same email as before" is the contact given last. */
export function detailsAfter(context: SupportContext, event: SupportEvent): Pick<SupportContext, 'orderNumber' | 'contact'> {
  if (!isMessage(event)) return { orderNumber: context.orderNumber, contact: context.contact };
  const { orderNumber, contact, sameContactAsBefore } = event.understanding;
  const earlier = sameContactAsBefore ? context.lastContact : null;
  return { orderNumber: orderNumber ?? context.orderNumber, contact: contact ?? earlier ?? context.contact };
}

/** Whether the message brings a detail the procedure did not have: only then is the order looked up again. */
export function addsDetail(context: SupportContext, event: SupportEvent): boolean {
  if (!isMessage(event)) return false;
  const { orderNumber, contact, sameContactAsBefore } = event.understanding;
  return orderNumber !== null || contact !== null || (sameContactAsBefore && context.lastContact !== null);
}

export function requireOrder(context: SupportContext): OrderView {
  if (!context.order) throw new Error('the procedure reached an order step without an order');
  return context.order;
}

export function requireShipment(context: SupportContext): ShipmentView {
  const shipment = shipmentById(context.order, context.shipmentId);
  if (!shipment) throw new Error('the procedure reached a parcel step without a parcel');
  return shipment;
}

/** The one parcel a message names by seller, carrier (as the understanding read it) or item; null for any other event. */
export function parcelNamedBy<S extends ShipmentView>(event: SupportEvent, shipments: readonly S[]): S | null {
  return isMessage(event) ? parcelNamedIn(event.text, shipments, event.understanding.carriers) : null;
}

/** The parcel picked by a button or named in a message ("2", "the second", "the Target one", "the easel"), among the rule's candidates. */
export function chosenCandidate(context: SupportContext, event: SupportEvent, rule: CandidateRule): ShipmentView | null {
  const candidates = candidatesFor[rule](requireOrder(context));
  if (event.type === 'CHOOSE_SHIPMENT') return candidates.find((s) => s.shipmentId === event.shipmentId) ?? null;
  if (isMessage(event)) return shipmentNamedIn(event.text, candidates, event.understanding.carriers);
  return null;
}

/** The parcel the customer named before the branch started: in their words about the problem, or in the words that named an item. */
export function candidateNamedEarlier(context: SupportContext, rule: CandidateRule): ShipmentView | null {
  const candidates = candidatesFor[rule](requireOrder(context));
  const inWords = (words: string | null) => (words === null ? null : parcelNamedIn(words, candidates));
  return inWords(context.customerSaid) ?? inWords(context.itemNamed);
}
