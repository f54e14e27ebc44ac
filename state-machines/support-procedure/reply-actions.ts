import type { DeliverySpeed, DeliveryZone } from '../../src/domain/order';
import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import { candidatesFor, isDelivered, isOnItsWay, otherParcelOf, parcelNamedIn, parcelOfKind } from '../shipment-candidates';
import { message, type Offer, type SupportMessage } from '../support-messages';
import { doing, emitting } from './action-creators';
import { intentOf, isMessage, parcelNamedBy, questionOf, requireOrder } from './event-readers';
import { handoffSummaryOf } from './handoff-summary-of';
import { CONFUSION_BEFORE_OFFERING_PERSON, INVESTIGATION_REPLY_BUSINESS_DAYS } from './procedure-limits';
import type { SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';

/**
 * How long delivery takes: for the customer's own order, its zone and speed
 * unless they name another place; a Marketplace seller's parcels keep the
 * seller's timeframe, never the table's.
 */
function timeframesAnswer(context: SupportContext, zone: DeliveryZone | null, speed: DeliverySpeed | null): SupportMessage {
  const order = context.order;
  const stillToCome = order?.shipments.filter((s) => s.status !== 'cancelled') ?? [];
  if (stillToCome.length > 0 && stillToCome.every((s) => s.seller.type === 'marketplace')) return message('marketplace_explained', { shipments: stillToCome });
  return message('delivery_timeframes', { zone: zone ?? order?.zone ?? null, speed: speed ?? order?.deliverySpeed ?? null });
}

/** The status of the parcel in question, or the order's card when there is none. */
function parcelOrOrderStatus(order: OrderView, shipment: ShipmentView | null): SupportMessage {
  return shipment !== null ? message('parcel_status', { order, shipment }) : message('order_status', { order });
}

/* On an order of one parcel, its card is that parcel's answer. */
const onlyOfSeveral = (order: OrderView, shipment: ShipmentView | null): ShipmentView | null => (order.shipments.length > 1 ? shipment : null);

/** The answer to a general question, from published policy; null for the questions that need a lookup. */
function generalAnswer(context: SupportContext, event: SupportEvent): SupportMessage | null {
  const said = isMessage(event) ? event.understanding : null;
  const question = questionOf(event);
  switch (question) {
    case 'status_meaning': {
      const statuses = said?.statuses.length ? said.statuses : (context.order?.shipments.map((s) => s.status) ?? []);
      return message('status_meanings', { statuses: [...new Set(statuses)] });
    }
    case 'find_order_number':
      // Once the order is known, where to find the tracking is the tracking itself.
      // A signed-in customer's own orders answer "what orders have I got on the go?" better than where to look for them.
      if (context.order) return message('carrier_details', { shipments: candidatesFor.notCancelled(context.order) });
      return context.recentOrders.length > 0 ? message('recent_orders', { orders: context.recentOrders, search: null }) : message('where_to_find_details', {});
    case 'delivery_timeframes':
      return timeframesAnswer(context, said?.zone ?? null, said?.speed ?? null);
    case 'collection_policy':
      return message('collection_policy', {});
    case 'returns_question':
    case 'store_hours_question':
    case 'price_match_question':
    case 'stock_question':
      return message('out_of_scope', { question });
    case 'carrier_disruptions':
    case null:
      return null;
  }
}

/** Everything the procedure says, by name. */
export const replyActions = {
  reply: emitting((_, params: SupportMessage) => ({ type: 'reply', message: params })),
  /** For a reply that only some situations call for. */
  replyIf: doing<SupportMessage | null>()(({ enqueue }, params) => {
    if (params !== null) enqueue.emit({ type: 'reply', message: params });
  }),
  offer: doing<Offer[]>()(({ enqueue }, offers) => {
    enqueue.assign({ offers });
    enqueue.emit({ type: 'offer', offers });
  }),
  /** After a reply that changes nothing, the buttons of the step are still the right ones. */
  offerAgain: emitting(({ context }) => ({ type: 'offer', offers: context.offers })),
  sayGoodbye: emitting(({ context }) =>
    // Only a verified customer is greeted by name.
    ({ type: 'reply', message: message('goodbye', { firstName: context.verified ? (context.order?.firstName ?? null) : null }) }),
  ),
  /** A question answered without details; before an order is known, the customer is invited to check one. */
  answerGeneralQuestion: doing<undefined>()(({ context, event, enqueue }) => {
    const answer = generalAnswer(context, event);
    // Another question answered: "what about aus post?" no longer follows up on the alerts.
    if (context.disruptionsChecked !== null) enqueue.assign({ disruptionsChecked: null });
    // "do I need to pick it up?" about an order that comes to the door: say so before the policy.
    const deliveredToTheDoor = context.order !== null && context.order.fulfilment !== 'click_and_collect';
    if (questionOf(event) === 'collection_policy' && deliveredToTheDoor) enqueue.emit({ type: 'reply', message: message('not_click_and_collect', {}) });
    if (answer !== null) enqueue.emit({ type: 'reply', message: answer });
    if (context.order === null) enqueue.emit({ type: 'reply', message: message('check_an_order', {}) });
    enqueue.emit({ type: 'offer', offers: context.offers });
  }),
  /** How long delivery takes, asked with the details: answered for the order just found. */
  sayOrderTimeframes: emitting(({ context }) => ({ type: 'reply', message: timeframesAnswer(context, null, null) })),
  sayCarrierDetails: doing<undefined>()(({ context, event, enqueue }) => {
    const order = requireOrder(context);
    const named = parcelNamedBy(event, order.shipments);
    // Remembered, so "and the other one?" can follow.
    if (named !== null) enqueue.assign({ shipmentId: named.shipmentId });
    enqueue.emit({ type: 'reply', message: message('carrier_details', { shipments: named ? [named] : candidatesFor.notCancelled(order) }) });
  }),
  /** The order explained; on an order of several parcels, only the one whose item the customer named ("where's the easel?"). */
  sayOrderStatus: emitting(({ context }) => {
    const order = requireOrder(context);
    const named = context.itemNamed !== null ? parcelNamedIn(context.itemNamed, order.shipments) : null;
    return { type: 'reply', message: parcelOrOrderStatus(order, onlyOfSeveral(order, named)) };
  }),
  /** The delivered parcel asked about, with its proof of delivery (the whole order when it is the only parcel). */
  sayDeliveredParcel: emitting(({ context, event }) => {
    const order = requireOrder(context);
    const delivered = parcelOfKind(parcelNamedBy(event, order.shipments), order.shipments, isDelivered);
    return { type: 'reply', message: parcelOrOrderStatus(order, onlyOfSeveral(order, delivered)) };
  }),
  /** Where the parcel on its way was last scanned, and when to expect it. */
  sayWhereItIsNow: emitting(({ context, event }) => {
    const order = requireOrder(context);
    const moving = parcelOfKind(parcelNamedBy(event, order.shipments), order.shipments, isOnItsWay);
    return { type: 'reply', message: moving ? message('not_delivered_yet', { shipment: moving }) : message('order_status', { order }) };
  }),
  sayDestination: emitting(({ context }) => ({ type: 'reply', message: message('delivery_destination', { order: requireOrder(context) }) })),
  /** The parcel named (remembered, so "and the other one?" can follow), or the whole order. */
  sayParcelStatus: doing<undefined>()(({ context, event, enqueue }) => {
    const order = requireOrder(context);
    const named = parcelNamedBy(event, order.shipments);
    if (named !== null) enqueue.assign({ shipmentId: named.shipmentId });
    enqueue.emit({ type: 'reply', message: parcelOrOrderStatus(order, named) });
  }),
  sayOtherParcel: doing<undefined>()(({ context, enqueue }) => {
    const order = requireOrder(context);
    const other = otherParcelOf(context.shipmentId, order.shipments);
    if (other !== null) enqueue.assign({ shipmentId: other.shipmentId });
    enqueue.emit({ type: 'reply', message: parcelOrOrderStatus(order, other) });
  }),
  /** "how long will that take?" after a case was opened: its timeline; with no case, what there is to know is the order. */
  answerAboutCases: emitting(({ context }) => ({
    type: 'reply',
    message:
      context.cases.length > 0
        ? message('case_timeline', { cases: context.cases, replyWithinBusinessDays: INVESTIGATION_REPLY_BUSINESS_DAYS })
        : message('order_status', { order: requireOrder(context) }),
  })),
  sayStatusMeanings: emitting(({ context, event }) => {
    const mentioned = isMessage(event) ? event.understanding.statuses : [];
    const statuses = mentioned.length > 0 ? mentioned : requireOrder(context).shipments.map((s) => s.status);
    return { type: 'reply', message: message('status_meanings', { statuses: [...new Set(statuses)] }) };
  }),
  sayClickAndCollect: emitting(({ context }) => ({
    type: 'reply',
    message:
      requireOrder(context).fulfilment === 'click_and_collect'
        ? message('click_and_collect_info', { order: requireOrder(context) })
        : message('not_click_and_collect', {}),
  })),
  sayOrderSystemUnavailable: doing<undefined>()(({ context, enqueue }) => {
    const offers: Offer[] = [{ kind: 'yes_no', question: 'retry_lookup' }, { kind: 'topic', topic: 'talk_to_person' }];
    enqueue.emit({ type: 'reply', message: message('order_system_unavailable', {}) });
    enqueue.assign({ offers, tried: [...context.tried, 'order_system_unavailable'] });
    enqueue.emit({ type: 'offer', offers });
  }),
  askForMissingDetails: doing<undefined>()(({ context, event, enqueue }) => {
    const signedIn = context.signedInCustomerId !== null && context.recentOrders.length > 0;
    const missing = context.orderNumber === null ? (context.contact === null && !signedIn ? 'both' : 'order_number') : 'contact';
    // Acknowledge the problem when the customer raises it, not again at every question.
    const problemNoted = context.problem !== null && intentOf(event) !== null && isMessage(event) && event.understanding.topic === context.problem ? context.problem : null;
    // "how do i get my tracking number? never got a link": the question is answered too, before the details are asked for.
    const alongside = problemNoted !== null && context.order === null ? generalAnswer(context, event) : null;
    if (alongside !== null) enqueue.emit({ type: 'reply', message: alongside });
    enqueue.emit({ type: 'reply', message: message('ask_for_details', { missing, problemNoted }) });
  }),
  handleConfusion: doing<undefined>()(({ context, event, enqueue }) => {
    const confusion = context.confusion + 1;
    const offerPerson = confusion >= CONFUSION_BEFORE_OFFERING_PERSON;
    const reason = isMessage(event) ? (event.understanding.notUnderstood ?? 'unclear') : 'unclear';
    const withoutPerson = context.offers.filter((o) => o.kind !== 'topic' || o.topic !== 'talk_to_person');
    enqueue.assign({ confusion });
    enqueue.emit({ type: 'reply', message: message('not_understood', { reason, offerPerson }) });
    enqueue.emit({ type: 'offer', offers: offerPerson ? [...withoutPerson, { kind: 'topic', topic: 'talk_to_person' }] : context.offers });
  }),
  handOver: doing<undefined>()(({ context, enqueue }) => {
    const summary = handoffSummaryOf(context, context.handoffReason ?? 'customer_asked');
    enqueue.emit({ type: 'reply', message: message('handoff', { summary }) });
    enqueue.emit({ type: 'handoff', summary });
  }),
};
