import { assign, emit, enqueueActions, fromPromise, raise, setup } from 'xstate';
import type { CarrierAlert } from '../src/domain/order';
import type { OrderView, ShipmentView } from '../src/domain/order-view';
import type { CaseKind, OpenCaseRequest, SupportCase } from '../src/domain/support-case';
import { FOLLOW_UP_TOPICS, type FollowUpTopic } from './customer-intent';
import type { HandoffReason, HandoffSummary } from './handoff-summary';
import type { CarrierAlertsRequest, LookupOutcome, LookupRequest, RecentOrdersOutcome } from './procedure-io';
import { candidatesFor, shipmentById, shipmentNamedIn, type CandidateRule } from './shipment-candidates';
import { initialContext, type SupportContext, type SupportEvent, type SupportInput } from './support-context';
import { message, type Offer, type SupportMessage } from './support-messages';

export const SUPPORT_MACHINE_ID = 'support-procedure';
/** Bump when states or context change shape: older snapshots then restart politely. */
export const SUPPORT_MACHINE_VERSION = 2;

export const MAX_FAILED_LOOKUPS = 3;
export const CONFUSION_BEFORE_OFFERING_PERSON = 3;
/** What the investigation team promises; shown to the customer as "next steps". */
export const INVESTIGATION_REPLY_BUSINESS_DAYS = 2;

export type SupportEmitted =
  | { type: 'reply'; message: SupportMessage }
  | { type: 'offer'; offers: Offer[] }
  | { type: 'handoff'; summary: HandoffSummary };

type MessageEvent = Extract<SupportEvent, { type: 'CUSTOMER_MESSAGE' }>;

const notProvided = (port: string) => async (): Promise<never> => {
  throw new Error(`${port} was not provided to the support procedure machine`);
};

function requireOrder(context: SupportContext): OrderView {
  if (!context.order) throw new Error('the procedure reached an order step without an order');
  return context.order;
}

function requireShipment(context: SupportContext): ShipmentView {
  const shipment = shipmentById(context.order, context.shipmentId);
  if (!shipment) throw new Error('the procedure reached a parcel step without a parcel');
  return shipment;
}

function isMessage(event: SupportEvent): event is MessageEvent {
  return event.type === 'CUSTOMER_MESSAGE';
}

function intentOf(event: SupportEvent): string | null {
  return isMessage(event) ? event.understanding.intent : null;
}

function isFollowUpTopic(intent: string | null): intent is FollowUpTopic {
  return (FOLLOW_UP_TOPICS as readonly string[]).includes(intent ?? '');
}

/** Details in context after absorbing this message (email or phone, whichever came last). */
function detailsAfter(context: SupportContext, event: SupportEvent) {
  if (!isMessage(event)) return { orderNumber: context.orderNumber, contact: context.contact };
  return {
    orderNumber: event.understanding.orderNumber ?? context.orderNumber,
    contact: event.understanding.contact ?? context.contact,
  };
}

function followUpOffers(order: OrderView, cases: SupportCase[]): Offer[] {
  const topics: FollowUpTopic[] = [];
  const has = (test: (s: ShipmentView) => boolean) => order.shipments.some(test);
  // A parcel already under investigation is not offered again; the customer can still ask.
  const investigated = (s: ShipmentView) => cases.some((c) => c.kind === 'missing_parcel_investigation' && c.shipmentId === s.shipmentId);
  if (has((s) => s.status === 'delivered' && !investigated(s))) topics.push('delivered_not_received');
  if (has((s) => s.conditions.delayed)) topics.push('parcel_delayed');
  if (has((s) => s.conditions.trackingNotUpdating)) topics.push('tracking_not_updating');
  if (has((s) => s.conditions.noTrackingYet)) topics.push('no_tracking_yet');
  if (has((s) => s.seller.type === 'marketplace') && !cases.some((c) => c.kind === 'marketplace_ticket')) topics.push('marketplace_question');
  if (order.fulfilment === 'click_and_collect') topics.push('click_and_collect');
  if (order.fulfilment === 'home_delivery' && !has((s) => s.conditions.delivered)) topics.push('wrong_address');
  topics.push('another_order', 'talk_to_person', 'done');
  return topics.map((topic) => ({ kind: 'topic', topic }));
}

function shipmentOffers(shipments: ShipmentView[]): Offer[] {
  return shipments.map((s, index) => ({
    kind: 'shipment',
    shipmentId: s.shipmentId,
    index: index + 1,
    sellerName: s.seller.name,
    status: s.status,
  }));
}

function caseRequest(context: SupportContext, kind: CaseKind, shipmentId: string | null): OpenCaseRequest {
  return {
    kind,
    orderNumber: requireOrder(context).orderNumber,
    shipmentId,
    customerSaid: (context.customerSaid ?? '').slice(0, 2000),
    conversationId: context.conversationId,
  };
}

function handoffSummary(context: SupportContext, reason: HandoffReason): HandoffSummary {
  return {
    reason,
    verified: context.verified,
    orderNumber: context.verified ? (context.order?.orderNumber ?? null) : context.orderNumber,
    customerFirstName: context.verified ? (context.order?.firstName ?? null) : null,
    problem: context.problem,
    customerSaid: context.customerSaid,
    shipments: context.verified
      ? (context.order?.shipments ?? []).map((s) => ({
          shipmentId: s.shipmentId,
          seller: s.seller,
          status: s.status,
          carrier: s.carrier?.name ?? null,
          trackingNumber: s.trackingNumber,
        }))
      : [],
    tried: context.tried,
    openCases: context.cases.filter((c) => c.status === 'open'),
    failedLookups: context.failedLookups,
  };
}

/** Only a verified customer is greeted by name. */
function goodbyeTo(context: SupportContext): SupportMessage {
  return message('goodbye', { firstName: context.verified ? (context.order?.firstName ?? null) : null });
}

function rememberCase(cases: SupportCase[], opened: SupportCase): SupportCase[] {
  return cases.some((c) => c.reference === opened.reference) ? cases : [...cases, opened];
}

/** A question is pending, but the customer moved on to another follow-up: answer that instead. */
const SWITCH_TOPIC = { guard: 'switchesTopic' as const, target: '#support-procedure.awaitingFollowUp', actions: 'reraise' as const };

/**
 * A branch about one parcel starts by choosing it: straight through when only
 * one parcel fits, a question with buttons when several do.
 */
function choosingParcel(rule: CandidateRule, next: string, none: string) {
  return {
    selecting: {
      always: [
        { guard: { type: 'candidateCountIs' as const, params: { rule, count: 1 as const } }, target: next, actions: { type: 'pickOnlyCandidate' as const, params: { rule } } },
        { guard: { type: 'candidateCountIs' as const, params: { rule, count: 0 as const } }, target: none },
        { target: 'choosing' },
      ],
    },
    choosing: {
      entry: { type: 'askWhichParcel' as const, params: { rule } },
      on: {
        CHOOSE_SHIPMENT: { guard: { type: 'choseCandidate' as const, params: { rule } }, target: next, actions: { type: 'pickChosenCandidate' as const, params: { rule } } },
        CUSTOMER_MESSAGE: [
          { guard: { type: 'choseCandidate' as const, params: { rule } }, target: next, actions: { type: 'pickChosenCandidate' as const, params: { rule } } },
          SWITCH_TOPIC,
        ],
      },
    },
  };
}

/**
 * Every request the procedure logs for the customer (investigation, store
 * check, ticket, address change, redirect, remedy) goes the same way: open the
 * case through the port (idempotent), remember it, tell the customer, and hand
 * over to a person when the case cannot be opened.
 */
function openingCase(kind: CaseKind, about: 'shipment' | 'order', step: string) {
  return {
    tags: ['busy'],
    invoke: {
      src: 'openCase' as const,
      input: ({ context }: { context: SupportContext }) =>
        caseRequest(context, kind, about === 'shipment' ? context.shipmentId : null),
      onDone: {
        target: '#support-procedure.awaitingFollowUp',
        actions: [{ type: 'caseOpened' as const, params: ({ event }: { event: { output: SupportCase } }) => event.output }, { type: 'noteTried' as const, params: { step } }],
      },
      onError: '#support-procedure.caseFailed',
    },
  };
}

/** What the customer is told once a case is open, by kind. */
function caseOpenedMessage(context: SupportContext, opened: SupportCase): SupportMessage {
  switch (opened.kind) {
    case 'missing_parcel_investigation':
      return message('investigation_opened', {
        shipment: requireShipment(context),
        supportCase: opened,
        replyWithinBusinessDays: INVESTIGATION_REPLY_BUSINESS_DAYS,
      });
    case 'store_collection_check':
      return message('store_check_requested', { order: requireOrder(context), supportCase: opened });
    case 'marketplace_ticket':
      return message('marketplace_ticket_opened', { shipment: requireShipment(context), supportCase: opened });
    case 'address_change':
      return message('address_change_requested', { supportCase: opened });
    case 'carrier_redirect':
      return message('carrier_redirect_requested', { shipment: requireShipment(context), supportCase: opened });
    case 'refund_or_alternative':
      return message('remedy_requested', { shipment: requireShipment(context), supportCase: opened });
  }
}

function chosenCandidate(context: SupportContext, event: SupportEvent, rule: CandidateRule): ShipmentView | null {
  const candidates = candidatesFor[rule](requireOrder(context));
  if (event.type === 'CHOOSE_SHIPMENT') return candidates.find((s) => s.shipmentId === event.shipmentId) ?? null;
  if (isMessage(event)) return shipmentNamedIn(event.text, candidates);
  return null;
}

export const supportProcedureMachine = setup({
  types: {
    context: {} as SupportContext,
    events: {} as SupportEvent,
    input: {} as SupportInput,
    emitted: {} as SupportEmitted,
  },
  actors: {
    lookUpOrder: fromPromise<LookupOutcome, LookupRequest>(notProvided('lookUpOrder')),
    loadRecentOrders: fromPromise<RecentOrdersOutcome, { customerId: string }>(notProvided('loadRecentOrders')),
    openCase: fromPromise<SupportCase, OpenCaseRequest>(notProvided('openCase')),
    loadCarrierAlerts: fromPromise<CarrierAlert[], CarrierAlertsRequest>(notProvided('loadCarrierAlerts')),
  },
  guards: {
    isLockedOut: ({ context }) => context.failedLookups >= MAX_FAILED_LOOKUPS,
    completesDetails: ({ context, event }) => {
      const details = detailsAfter(context, event);
      return details.orderNumber !== null && details.contact !== null;
    },
    typedInvalidOrderNumber: ({ event }) =>
      isMessage(event) && event.understanding.invalidOrderNumber !== null && event.understanding.orderNumber === null,
    addsDetailsOrProblem: ({ event }) =>
      isMessage(event) &&
      (event.understanding.orderNumber !== null ||
        event.understanding.contact !== null ||
        isFollowUpTopic(event.understanding.intent) ||
        event.understanding.intent === 'track_order'),
    addsDetails: ({ event }) =>
      isMessage(event) && (event.understanding.orderNumber !== null || event.understanding.contact !== null),
    asksToRetry: ({ context, event }) =>
      intentOf(event) === 'affirm' && context.orderNumber !== null && context.contact !== null,
    choseRecentOrder: ({ context, event }) => {
      const chosen = event.type === 'CHOOSE_ORDER' ? event.orderNumber : isMessage(event) ? event.understanding.orderNumber : null;
      return chosen !== null && context.recentOrders.some((o) => o.orderNumber === chosen);
    },
    isGreeting: ({ event }) => intentOf(event) === 'greeting',
    raisesProblem: ({ event }) => {
      const intent = intentOf(event);
      return isFollowUpTopic(intent) && intent !== 'another_order' && intent !== 'done';
    },
    switchesTopic: ({ context, event }) =>
      context.order !== null && (isFollowUpTopic(intentOf(event)) || intentOf(event) === 'track_order'),
    isOffTopic: ({ event }) => intentOf(event) === 'off_topic',
    isThanks: ({ event }) => intentOf(event) === 'thanks' || intentOf(event) === 'deny',
    isAffirm: ({ event }) => intentOf(event) === 'affirm',
    isDeny: ({ event }) => intentOf(event) === 'deny',
    hasProblem: ({ context }) => context.problem !== null,
    mentionsAnotherOrder: ({ context, event }) =>
      isMessage(event) &&
      (event.understanding.intent === 'another_order' ||
        (event.understanding.orderNumber !== null && event.understanding.orderNumber !== context.order?.orderNumber)),
    asksTopic: ({ event }, params: { topic: FollowUpTopic | 'track_order' }) => intentOf(event) === params.topic,
    asksDelay: ({ event }) => intentOf(event) === 'parcel_delayed' || intentOf(event) === 'tracking_not_updating',
    problemIs: ({ context }, params: { topics: FollowUpTopic[] }) =>
      context.problem !== null && params.topics.includes(context.problem),
    isClickAndCollect: ({ context }) => requireOrder(context).fulfilment === 'click_and_collect',
    isDelayed: ({ context }) => requireShipment(context).conditions.delayed,
    isTrackingStale: ({ context }) => requireShipment(context).conditions.trackingNotUpdating,
    trackingOverdue: ({ context }) => {
      const shipment = requireShipment(context);
      const expectedBy = shipment.conditions.trackingExpectedBy;
      return (
        shipment.conditions.noTrackingYet &&
        expectedBy !== null &&
        Date.parse(expectedBy) < Date.parse(requireOrder(context).assessedAt)
      );
    },
    hasNoTrackingYet: ({ context }) => requireShipment(context).conditions.noTrackingYet,
    notDispatched: ({ context }) => requireShipment(context).dispatchedAt === null,
    shipmentIsDelivered: ({ context }) => requireShipment(context).conditions.delivered,
    everythingDelivered: ({ context }) => requireOrder(context).shipments.every((s) => s.conditions.delivered || s.status === 'cancelled'),
    anythingInTransit: ({ context }) => candidatesFor.inTransit(requireOrder(context)).length > 0,
    candidateCountIs: ({ context }, params: { rule: CandidateRule; count: 0 | 1 }) =>
      candidatesFor[params.rule](requireOrder(context)).length === params.count,
    choseCandidate: ({ context, event }, params: { rule: CandidateRule }) => chosenCandidate(context, event, params.rule) !== null,
  },
  actions: {
    reply: emit((_, params: SupportMessage) => ({ type: 'reply' as const, message: params })),
    offer: enqueueActions(({ enqueue }, offers: Offer[]) => {
      enqueue.assign({ offers });
      enqueue.emit({ type: 'offer', offers });
    }),
    /** After a reply that changes nothing, the buttons of the step are still the right ones. */
    offerAgain: emit(({ context }) => ({ type: 'offer' as const, offers: context.offers })),
    reraise: raise(({ event }) => event),
    noteTried: assign({ tried: ({ context }, params: { step: string }) => [...context.tried, params.step] }),
    understood: assign({ confusion: 0 }),
    caseOpened: enqueueActions(({ context, enqueue }, opened: SupportCase) => {
      enqueue.assign({ cases: rememberCase(context.cases, opened) });
      enqueue.emit({ type: 'reply', message: caseOpenedMessage(context, opened) });
    }),
    pickOnlyCandidate: assign({
      shipmentId: ({ context }, params: { rule: CandidateRule }) => candidatesFor[params.rule](requireOrder(context))[0]?.shipmentId ?? null,
    }),
    pickChosenCandidate: assign({
      shipmentId: ({ context, event }, params: { rule: CandidateRule }) => chosenCandidate(context, event, params.rule)?.shipmentId ?? null,
      confusion: 0,
    }),
    askWhichParcel: enqueueActions(({ context, enqueue }, params: { rule: CandidateRule }) => {
      const shipments = candidatesFor[params.rule](requireOrder(context));
      enqueue.emit({ type: 'reply', message: message('which_parcel', { shipments }) });
      const offers = shipmentOffers(shipments);
      enqueue.assign({ offers });
      enqueue.emit({ type: 'offer', offers });
    }),
    sayStatusMeanings: emit(({ context }) => ({
      type: 'reply' as const,
      message: message('status_meanings', { statuses: [...new Set(requireOrder(context).shipments.map((s) => s.status))] }),
    })),
    sayClickAndCollect: emit(({ context }) => ({
      type: 'reply' as const,
      message:
        requireOrder(context).fulfilment === 'click_and_collect'
          ? message('click_and_collect_info', { order: requireOrder(context) })
          : message('not_click_and_collect', {}),
    })),
    absorbDetails: assign(({ context, event }) => {
      if (!isMessage(event)) return {};
      const { intent } = event.understanding;
      const problem = isFollowUpTopic(intent) && intent !== 'another_order' && intent !== 'done' ? intent : context.problem;
      return {
        ...detailsAfter(context, event),
        problem,
        customerSaid: problem !== context.problem ? event.text : context.customerSaid,
        confusion: 0,
      };
    }),
    askForMissingDetails: enqueueActions(({ context, event, enqueue }) => {
      const signedIn = context.signedInCustomerId !== null && context.recentOrders.length > 0;
      const missing = context.orderNumber === null ? (context.contact === null && !signedIn ? 'both' : 'order_number') : 'contact';
      // Acknowledge the problem when the customer raises it, not again at every question.
      const problemNoted = intentOf(event) === context.problem ? context.problem : null;
      enqueue.emit({ type: 'reply', message: message('ask_for_details', { missing, problemNoted }) });
    }),
    // The contact goes too: another order may have been placed with other details, and a stale one would cost a failed attempt.
    forgetOrder: assign({ order: null, verified: false, orderNumber: null, contact: null, shipmentId: null, problem: null, customerSaid: null, alerts: [], offers: [] }),
    handleConfusion: enqueueActions(({ context, event, enqueue }) => {
      const confusion = context.confusion + 1;
      const offerPerson = confusion >= CONFUSION_BEFORE_OFFERING_PERSON;
      const reason = isMessage(event) ? (event.understanding.notUnderstood ?? 'unclear') : 'unclear';
      enqueue.assign({ confusion });
      enqueue.emit({ type: 'reply', message: message('not_understood', { reason, offerPerson }) });
      enqueue.emit({ type: 'offer', offers: offerPerson ? [...context.offers.filter((o) => o.kind !== 'topic' || o.topic !== 'talk_to_person'), { kind: 'topic', topic: 'talk_to_person' }] : context.offers });
    }),
  },
}).createMachine({
  id: SUPPORT_MACHINE_ID,
  context: ({ input }) => initialContext(input),
  initial: 'collectingDetails',
  on: {
    RESTART: [
      // Starting over must not reset the lock; say so instead of pretending to start fresh.
      { guard: 'isLockedOut', target: '.lockedOut', reenter: true },
      {
      target: '.collectingDetails',
      // Failed lookups survive a restart: otherwise restarting would reset the lock on guessing.
      actions: [
        assign(({ context }) => ({ ...initialContext({ conversationId: context.conversationId }), failedLookups: context.failedLookups, cases: context.cases })),
        { type: 'reply', params: message('restarted', {}) },
      ],
      },
    ],
    GOODBYE: { target: '.closed' },
    // A button from an earlier step, no longer on offer.
    CHOOSE_SHIPMENT: { actions: 'handleConfusion' },
    CHOOSE_ORDER: { actions: 'handleConfusion' },
    PERSON_REQUESTED: {
      target: '.handoff',
      actions: assign({
        handoffReason: 'customer_asked',
        customerSaid: ({ context, event }) => context.customerSaid ?? event.text,
      }),
    },
    CUSTOMER_MESSAGE: [
      { guard: 'isOffTopic', actions: [{ type: 'reply', params: message('off_topic', {}) }, 'understood', 'offerAgain'] },
      { actions: 'handleConfusion' },
    ],
  },
  states: {
    collectingDetails: {
      tags: ['step:collect_details'],
      always: { guard: 'isLockedOut', target: 'lockedOut' },
      on: {
        CONVERSATION_STARTED: { actions: { type: 'reply', params: message('welcome', {}) } },
        SIGNED_IN: { guard: ({ context }) => context.signedInCustomerId === null, target: 'loadingRecentOrders', actions: assign({ signedInCustomerId: ({ event }) => event.customerId }) },
        CUSTOMER_MESSAGE: [
          // A signed-in customer naming one of their own orders needs no contact detail, here as on the list.
          { guard: 'choseRecentOrder', target: 'checkingOrder', actions: 'absorbDetails' },
          { guard: 'completesDetails', target: 'checkingOrder', actions: 'absorbDetails' },
          { guard: 'asksToRetry', target: 'checkingOrder', actions: 'understood' },
          {
            guard: 'typedInvalidOrderNumber',
            actions: [
              'absorbDetails',
              { type: 'reply', params: ({ event }) => message('order_number_help', { typed: isMessage(event) ? event.understanding.invalidOrderNumber : null }) },
            ],
          },
          { guard: 'addsDetailsOrProblem', actions: ['absorbDetails', 'askForMissingDetails'] },
          { guard: 'isGreeting', actions: ['understood', 'askForMissingDetails'] },
        ],
      },
    },

    loadingRecentOrders: {
      tags: ['busy', 'step:collect_details'],
      invoke: {
        src: 'loadRecentOrders',
        input: ({ context }) => ({ customerId: context.signedInCustomerId ?? '' }),
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'found' && event.output.orders.length > 0,
            target: 'choosingRecentOrder',
            actions: assign({ recentOrders: ({ event }) => (event.output.kind === 'found' ? event.output.orders : []) }),
          },
          { target: 'collectingDetails', actions: 'askForMissingDetails' },
        ],
        onError: { target: 'collectingDetails', actions: 'askForMissingDetails' },
      },
    },

    choosingRecentOrder: {
      tags: ['step:collect_details'],
      entry: enqueueActions(({ context, enqueue }) => {
        enqueue.emit({ type: 'reply', message: message('recent_orders', { orders: context.recentOrders }) });
        const offers = context.recentOrders.map((o) => ({ kind: 'order' as const, orderNumber: o.orderNumber }));
        enqueue.assign({ offers });
        enqueue.emit({ type: 'offer', offers });
      }),
      on: {
        CHOOSE_ORDER: {
          guard: 'choseRecentOrder',
          target: 'checkingOrder',
          actions: assign({ orderNumber: ({ event }) => event.orderNumber, contact: null }),
        },
        CUSTOMER_MESSAGE: [
          // absorbDetails keeps a problem said in the same message as the pick ("4000123478, it never came").
          { guard: 'choseRecentOrder', target: 'checkingOrder', actions: 'absorbDetails' },
          { guard: 'completesDetails', target: 'checkingOrder', actions: 'absorbDetails' },
          { guard: 'addsDetails', target: 'collectingDetails', actions: ['absorbDetails', 'askForMissingDetails'] },
          // The list is on screen and asks already; a problem is acknowledged and kept.
          { guard: 'raisesProblem', actions: ['absorbDetails', 'askForMissingDetails', 'offerAgain'] },
          { guard: 'addsDetailsOrProblem', actions: ['absorbDetails', 'offerAgain'] },
          // A signed-in customer's "hi" arrives in the same turn as the list, which already answers it.
          { guard: 'isGreeting', actions: 'understood' },
        ],
      },
    },

    checkingOrder: {
      tags: ['busy', 'step:check_order'],
      invoke: {
        src: 'lookUpOrder',
        input: ({ context }) => ({
          orderNumber: context.orderNumber ?? '',
          contact: context.contact,
          trustedCustomerId:
            context.signedInCustomerId !== null && context.recentOrders.some((o) => o.orderNumber === context.orderNumber)
              ? context.signedInCustomerId
              : null,
          alreadyVerified: false,
        }),
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'found',
            target: 'orderFound',
            actions: [
              assign({
                order: ({ event }) => (event.output.kind === 'found' ? event.output.order : null),
                verified: true,
                confusion: 0,
              }),
              { type: 'noteTried', params: { step: 'verified_and_checked_order' } },
            ],
          },
          {
            guard: ({ event }) => event.output.kind === 'unavailable',
            target: 'collectingDetails',
            actions: [
              { type: 'reply', params: message('order_system_unavailable', {}) },
              { type: 'offer', params: [{ kind: 'yes_no', question: 'retry_lookup' }, { kind: 'topic', topic: 'talk_to_person' }] },
              { type: 'noteTried', params: { step: 'order_system_unavailable' } },
            ],
          },
          {
            // Not found and not matching are both failed attempts: the lock stops the bot becoming an oracle.
            target: 'collectingDetails',
            actions: enqueueActions(({ context, event, enqueue }) => {
              const failedLookups = context.failedLookups + 1;
              const attemptsLeft = Math.max(0, MAX_FAILED_LOOKUPS - failedLookups);
              enqueue.assign({ failedLookups, orderNumber: null, contact: null, offers: [] });
              if (attemptsLeft === 0) return;
              enqueue.emit({
                type: 'reply',
                message:
                  event.output.kind === 'not_found'
                    ? message('order_not_found', { orderNumber: context.orderNumber ?? '', attemptsLeft })
                    : message('details_dont_match', { attemptsLeft }),
              });
            }),
          },
        ],
        onError: {
          target: 'collectingDetails',
          actions: [
            { type: 'reply', params: message('order_system_unavailable', {}) },
            { type: 'offer', params: [{ kind: 'yes_no', question: 'retry_lookup' }, { kind: 'topic', topic: 'talk_to_person' }] },
          ],
        },
      },
    },

    orderFound: {
      always: [
        { guard: { type: 'problemIs', params: { topics: ['delivered_not_received'] } }, target: 'missingParcel' },
        { guard: { type: 'problemIs', params: { topics: ['parcel_delayed', 'tracking_not_updating'] } }, target: 'delays' },
        { guard: { type: 'problemIs', params: { topics: ['no_tracking_yet'] } }, target: 'noTracking' },
        { guard: { type: 'problemIs', params: { topics: ['wrong_address'] } }, target: 'wrongAddress' },
        { guard: { type: 'problemIs', params: { topics: ['marketplace_question'] } }, target: 'marketplace' },
        { target: 'explainingStatus' },
      ],
    },

    explainingStatus: {
      tags: ['step:explain_status'],
      entry: [
        { type: 'reply', params: ({ context }) => message('order_status', { order: requireOrder(context) }) },
        { type: 'noteTried', params: { step: 'explained_status_and_tracking' } },
      ],
      always: [
        { guard: { type: 'problemIs', params: { topics: ['status_meaning'] } }, target: 'awaitingFollowUp', actions: 'sayStatusMeanings' },
        { guard: { type: 'problemIs', params: { topics: ['click_and_collect'] } }, target: 'awaitingFollowUp', actions: 'sayClickAndCollect' },
        { target: 'awaitingFollowUp' },
      ],
    },

    awaitingFollowUp: {
      tags: ['step:explain_status'],
      entry: [
        assign({ problem: null, shipmentId: null }),
        { type: 'offer', params: ({ context }) => followUpOffers(requireOrder(context), context.cases) },
      ],
      on: {
        ORDER_STALE: { target: 'refreshingOrder' },
        CUSTOMER_MESSAGE: [
          { guard: 'mentionsAnotherOrder', target: 'anotherOrder' },
          { guard: { type: 'asksTopic', params: { topic: 'track_order' } }, target: 'explainingStatus', actions: 'understood', reenter: true },
          { guard: 'asksDelay', target: 'delays', actions: 'absorbDetails' },
          { guard: { type: 'asksTopic', params: { topic: 'no_tracking_yet' } }, target: 'noTracking', actions: 'absorbDetails' },
          { guard: { type: 'asksTopic', params: { topic: 'delivered_not_received' } }, target: 'missingParcel', actions: 'absorbDetails' },
          { guard: { type: 'asksTopic', params: { topic: 'wrong_address' } }, target: 'wrongAddress', actions: 'absorbDetails' },
          { guard: { type: 'asksTopic', params: { topic: 'marketplace_question' } }, target: 'marketplace', actions: 'absorbDetails' },
          { guard: { type: 'asksTopic', params: { topic: 'status_meaning' } }, target: 'awaitingFollowUp', reenter: true, actions: ['understood', 'sayStatusMeanings'] },
          { guard: { type: 'asksTopic', params: { topic: 'click_and_collect' } }, target: 'awaitingFollowUp', reenter: true, actions: ['understood', 'sayClickAndCollect'] },
          { guard: 'isThanks', target: 'closed' },
          { guard: 'isGreeting', actions: ['understood', { type: 'reply', params: message('anything_else', {}) }] },
        ],
      },
    },

    // A customer back after a while (Teams keeps a conversation for months) is answered from today's order, not the one read then.
    refreshingOrder: {
      tags: ['busy', 'step:check_order'],
      invoke: {
        src: 'lookUpOrder',
        input: ({ context }) => ({
          orderNumber: requireOrder(context).orderNumber,
          contact: null,
          trustedCustomerId: null,
          alreadyVerified: true,
        }),
        onDone: [
          {
            guard: ({ event }) => event.output.kind === 'found',
            target: 'awaitingFollowUp',
            actions: assign({ order: ({ context, event }) => (event.output.kind === 'found' ? event.output.order : context.order) }),
          },
          // Unavailable now: the earlier reading is still the best answer there is.
          { target: 'awaitingFollowUp' },
        ],
        onError: { target: 'awaitingFollowUp' },
      },
    },

    anotherOrder: {
      entry: [
        'forgetOrder',
        { type: 'noteTried', params: { step: 'switched_to_another_order' } },
        // The new message may already carry the new order number: let collection read it.
        raise(({ event }) => event),
      ],
      // A signed-in customer picks from their own orders again rather than proving who they are.
      always: [{ guard: ({ context }) => context.recentOrders.length > 0, target: 'choosingRecentOrder' }, { target: 'collectingDetails' }],
    },

    missingParcel: {
      tags: ['step:escalate'],
      initial: 'routing',
      states: {
        routing: {
          always: [
            { guard: 'isClickAndCollect', target: 'requestingStoreCheck' },
            { target: 'selecting' },
          ],
        },
        ...choosingParcel('missingParcel', 'tips', 'notDeliveredYet'),
        notDeliveredYet: {
          entry: {
            type: 'reply',
            params: ({ context }) => {
              const inTransit = candidatesFor.delay(requireOrder(context));
              return inTransit[0]
                ? message('not_delivered_yet', { shipment: inTransit[0] })
                : message('order_status', { order: requireOrder(context) });
            },
          },
          always: '#support-procedure.awaitingFollowUp',
        },
        tips: {
          entry: [
            { type: 'reply', params: ({ context }) => message('missing_parcel_tips', { shipment: requireShipment(context) }) },
            { type: 'offer', params: [{ kind: 'yes_no', question: 'found_parcel' }] },
            { type: 'noteTried', params: { step: 'missing_parcel_tips_given' } },
          ],
          on: {
            CUSTOMER_MESSAGE: [
              {
                guard: 'isAffirm',
                target: '#support-procedure.awaitingFollowUp',
                actions: ['understood', { type: 'reply', params: message('glad_found', {}) }],
              },
              { guard: 'isDeny', target: 'openingInvestigation', actions: 'understood' },
              SWITCH_TOPIC,
            ],
          },
        },
        openingInvestigation: openingCase('missing_parcel_investigation', 'shipment', 'missing_parcel_investigation_opened'),
        requestingStoreCheck: openingCase('store_collection_check', 'order', 'store_asked_to_check'),
      },
    },

    delays: {
      tags: ['step:troubleshoot'],
      initial: 'selecting',
      states: {
        ...choosingParcel('delay', 'loadingAlerts', 'nothingInTransit'),
        nothingInTransit: {
          entry: { type: 'reply', params: ({ context }) => message('order_status', { order: requireOrder(context) }) },
          always: '#support-procedure.awaitingFollowUp',
        },
        loadingAlerts: {
          tags: ['busy'],
          invoke: {
            src: 'loadCarrierAlerts',
            input: ({ context }) => ({
              carrier: requireShipment(context).carrier?.code ?? '',
              state: requireOrder(context).state,
            }),
            onDone: { target: 'judging', actions: assign({ alerts: ({ event }) => event.output }) },
            // Alerts only add context; without them the customer still gets an honest answer.
            onError: { target: 'judging', actions: assign({ alerts: [] }) },
          },
        },
        judging: {
          entry: enqueueActions(({ context, enqueue }) => {
            if (context.alerts.length > 0) {
              enqueue.emit({ type: 'reply', message: message('carrier_alerts', { shipment: requireShipment(context), alerts: context.alerts }) });
            }
          }),
          always: [
            { guard: 'isDelayed', target: 'offeringRemedy', actions: { type: 'reply', params: ({ context }) => message('parcel_delayed', { shipment: requireShipment(context) }) } },
            {
              guard: 'isTrackingStale',
              target: '#support-procedure.awaitingFollowUp',
              actions: [
                { type: 'reply', params: ({ context }) => message('tracking_stale', { shipment: requireShipment(context) }) },
                { type: 'noteTried', params: { step: 'explained_tracking_not_updating' } },
              ],
            },
            {
              target: '#support-procedure.awaitingFollowUp',
              actions: { type: 'reply', params: ({ context }) => message('on_track', { shipment: requireShipment(context) }) },
            },
          ],
        },
        offeringRemedy: {
          entry: [
            { type: 'reply', params: ({ context }) => message('offer_remedy', { shipment: requireShipment(context) }) },
            { type: 'offer', params: [{ kind: 'yes_no', question: 'want_remedy' }] },
            { type: 'noteTried', params: { step: 'offered_refund_return_or_alternative' } },
          ],
          on: {
            CUSTOMER_MESSAGE: [
              { guard: 'isAffirm', target: 'requestingRemedy', actions: 'understood' },
              {
                guard: 'isDeny',
                target: '#support-procedure.awaitingFollowUp',
                actions: ['understood', { type: 'reply', params: message('remedy_declined', {}) }],
              },
              SWITCH_TOPIC,
            ],
          },
        },
        requestingRemedy: openingCase('refund_or_alternative', 'shipment', 'refund_or_alternative_requested'),
      },
    },

    noTracking: {
      tags: ['step:troubleshoot'],
      initial: 'selecting',
      states: {
        ...choosingParcel('noTracking', 'judging', 'nothingInTransit'),
        nothingInTransit: {
          entry: { type: 'reply', params: ({ context }) => message('order_status', { order: requireOrder(context) }) },
          always: '#support-procedure.awaitingFollowUp',
        },
        judging: {
          always: [
            // Scans should have appeared by now: treat it as tracking that is not updating.
            {
              guard: 'trackingOverdue',
              target: '#support-procedure.delays.loadingAlerts',
              actions: { type: 'reply', params: ({ context }) => message('no_tracking_yet', { shipment: requireShipment(context), overdue: true }) },
            },
            {
              guard: 'hasNoTrackingYet',
              target: '#support-procedure.awaitingFollowUp',
              actions: { type: 'reply', params: ({ context }) => message('no_tracking_yet', { shipment: requireShipment(context), overdue: false }) },
            },
            {
              guard: 'notDispatched',
              target: '#support-procedure.awaitingFollowUp',
              actions: { type: 'reply', params: ({ context }) => message('on_track', { shipment: requireShipment(context) }) },
            },
            {
              target: '#support-procedure.awaitingFollowUp',
              actions: { type: 'reply', params: ({ context }) => message('tracking_available', { shipment: requireShipment(context) }) },
            },
          ],
        },
      },
    },

    wrongAddress: {
      tags: ['step:troubleshoot'],
      initial: 'routing',
      states: {
        routing: {
          always: [
            {
              guard: 'isClickAndCollect',
              target: '#support-procedure.awaitingFollowUp',
              actions: 'sayClickAndCollect',
            },
            {
              guard: 'everythingDelivered',
              target: '#support-procedure.missingParcel',
              actions: { type: 'reply', params: message('address_after_delivery', {}) },
            },
            {
              guard: 'anythingInTransit',
              target: 'requestingRedirect',
              actions: assign({ shipmentId: ({ context }) => candidatesFor.inTransit(requireOrder(context))[0]?.shipmentId ?? null }),
            },
            { target: 'requestingAddressChange' },
          ],
        },
        requestingAddressChange: openingCase('address_change', 'order', 'address_change_requested'),
        requestingRedirect: openingCase('carrier_redirect', 'shipment', 'carrier_redirect_requested'),
      },
    },

    marketplace: {
      tags: ['step:escalate'],
      initial: 'explaining',
      states: {
        explaining: {
          always: [
            {
              guard: ({ context }) => candidatesFor.marketplace(requireOrder(context)).length === 0,
              target: '#support-procedure.awaitingFollowUp',
              actions: { type: 'reply', params: message('no_marketplace_parcel', {}) },
            },
            {
              target: 'selecting',
              actions: {
                type: 'reply',
                params: ({ context }) => message('marketplace_explained', { shipments: candidatesFor.marketplace(requireOrder(context)) }),
              },
            },
          ],
        },
        ...choosingParcel('marketplace', 'openingTicket', '#support-procedure.awaitingFollowUp'),
        openingTicket: openingCase('marketplace_ticket', 'shipment', 'marketplace_ticket_opened'),
      },
    },

    caseFailed: {
      entry: [
        { type: 'reply', params: message('case_failed', {}) },
        assign({ handoffReason: 'case_failed' }),
        { type: 'noteTried', params: { step: 'case_could_not_be_opened' } },
      ],
      always: 'handoff',
    },

    lockedOut: {
      tags: ['step:escalate'],
      entry: [
        { type: 'reply', params: message('too_many_attempts', {}) },
        { type: 'offer', params: [{ kind: 'topic', topic: 'talk_to_person' }] },
      ],
      on: {
        CUSTOMER_MESSAGE: {
          actions: [
            { type: 'reply', params: message('too_many_attempts', {}) },
            { type: 'offer', params: [{ kind: 'topic', topic: 'talk_to_person' }] },
          ],
        },
        PERSON_REQUESTED: {
          target: 'handoff',
          actions: assign({ handoffReason: 'too_many_attempts' }),
        },
      },
    },

    handoff: {
      tags: ['step:escalate'],
      entry: enqueueActions(({ context, enqueue }) => {
        const summary = handoffSummary(context, context.handoffReason ?? 'customer_asked');
        enqueue.emit({ type: 'reply', message: message('handoff', { summary }) });
        enqueue.emit({ type: 'handoff', summary });
      }),
      always: 'withAPerson',
    },

    withAPerson: {
      tags: ['step:escalate'],
      on: {
        CUSTOMER_MESSAGE: { actions: { type: 'reply', params: message('with_a_person', {}) } },
        PERSON_REQUESTED: { actions: { type: 'reply', params: message('with_a_person', {}) } },
        GOODBYE: { target: 'closed' },
      },
    },

    closed: {
      tags: ['step:done'],
      entry: { type: 'reply', params: ({ context }) => goodbyeTo(context) },
      on: {
        // A new message after goodbye starts over, keeping only what guards against guessing.
        CUSTOMER_MESSAGE: [
          { guard: 'isThanks', actions: { type: 'reply', params: ({ context }) => goodbyeTo(context) } },
          {
            target: 'collectingDetails',
            actions: [
              assign(({ context }) => ({ ...initialContext({ conversationId: context.conversationId }), failedLookups: context.failedLookups, cases: context.cases })),
              raise(({ event }) => event),
            ],
          },
        ],
        GOODBYE: { actions: { type: 'reply', params: ({ context }) => goodbyeTo(context) } },
      },
    },
  },
});
