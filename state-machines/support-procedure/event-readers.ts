import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import { FOLLOW_UP_TOPICS, type CustomerIntent, type FollowUpTopic } from '../customer-intent';
import { candidatesFor, shipmentById, shipmentNamedIn, type CandidateRule } from '../shipment-candidates';
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
  return event.choice.answer === 'yes' ? 'affirm' : 'deny';
}

export function isFollowUpTopic(intent: string | null): intent is FollowUpTopic {
  return (FOLLOW_UP_TOPICS as readonly string[]).includes(intent ?? '');
}

/** A problem with the order the procedure has a branch for (not another order, not goodbye). */
export function problemOf(event: SupportEvent): FollowUpTopic | null {
  const intent = intentOf(event);
  return isFollowUpTopic(intent) && intent !== 'another_order' && intent !== 'done' ? intent : null;
}

/** Details in context after absorbing this message (email or phone, whichever came last). */
export function detailsAfter(context: SupportContext, event: SupportEvent): Pick<SupportContext, 'orderNumber' | 'contact'> {
  if (!isMessage(event)) return { orderNumber: context.orderNumber, contact: context.contact };
  return {
    orderNumber: event.understanding.orderNumber ?? context.orderNumber,
    contact: event.understanding.contact ?? context.contact,
  };
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

/** The parcel picked by a button or named in a message ("2", "the second", "the Target one"), among the rule's candidates. */
export function chosenCandidate(context: SupportContext, event: SupportEvent, rule: CandidateRule): ShipmentView | null {
  const candidates = candidatesFor[rule](requireOrder(context));
  if (event.type === 'CHOOSE_SHIPMENT') return candidates.find((s) => s.shipmentId === event.shipmentId) ?? null;
  if (isMessage(event)) return shipmentNamedIn(event.text, candidates);
  return null;
}
