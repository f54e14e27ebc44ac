import { assign, emit, enqueueActions, raise } from 'xstate';
import type { SupportCase } from '../../src/domain/support-case';
import { candidatesFor, type CandidateRule } from '../shipment-candidates';
import { initialContext, type SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';
import { message, type Offer, type SupportEmitted, type SupportMessage } from '../support-messages';
import { caseOpenedMessage } from './case-opened-message';
import { rememberCase } from './case-request';
import { chosenCandidate, detailsAfter, intentOf, isMessage, problemOf, requireOrder } from './event-readers';
import { handoffSummaryOf } from './handoff-summary-of';
import { CONFUSION_BEFORE_OFFERING_PERSON } from './procedure-limits';

/* xstate's action creators, bound to the procedure's context, events and emitted messages. */
const say = <P>(build: (args: { context: SupportContext; event: SupportEvent }, params: P) => SupportEmitted) =>
  emit<SupportContext, SupportEvent, P, SupportEvent, SupportEmitted>(build);
const remember = assign<SupportContext, SupportEvent, undefined, SupportEvent, never>;
const rememberWith = <P>() => assign<SupportContext, SupportEvent, P, SupportEvent, never>;
const doAll = <P>() => enqueueActions<SupportContext, SupportEvent, P, SupportEvent, never, never, never, never, SupportEmitted>;

/** The machine's tidy start again: everything forgotten but what guards against guessing, and the cases already opened. */
function freshStart(context: SupportContext): SupportContext {
  return { ...initialContext({ conversationId: context.conversationId }), failedLookups: context.failedLookups, cases: context.cases };
}

/** Every action of the procedure, by name. */
export const procedureActions = {
  // --- saying things
  reply: say((_, params: SupportMessage) => ({ type: 'reply', message: params })),
  /** For a reply that only some situations call for (a carrier alert, say). */
  replyIf: doAll<SupportMessage | null>()(({ enqueue }, params) => {
    if (params !== null) enqueue.emit({ type: 'reply', message: params });
  }),
  offer: doAll<Offer[]>()(({ enqueue }, offers) => {
    enqueue.assign({ offers });
    enqueue.emit({ type: 'offer', offers });
  }),
  /** After a reply that changes nothing, the buttons of the step are still the right ones. */
  offerAgain: say(({ context }) => ({ type: 'offer', offers: context.offers })),
  sayGoodbye: say(({ context }) =>
    // Only a verified customer is greeted by name.
    ({ type: 'reply', message: message('goodbye', { firstName: context.verified ? (context.order?.firstName ?? null) : null }) }),
  ),
  sayStatusMeanings: say(({ context }) => ({
    type: 'reply',
    message: message('status_meanings', { statuses: [...new Set(requireOrder(context).shipments.map((s) => s.status))] }),
  })),
  sayClickAndCollect: say(({ context }) => ({
    type: 'reply',
    message:
      requireOrder(context).fulfilment === 'click_and_collect'
        ? message('click_and_collect_info', { order: requireOrder(context) })
        : message('not_click_and_collect', {}),
  })),
  sayOrderSystemUnavailable: doAll<undefined>()(({ context, enqueue }) => {
    const offers: Offer[] = [{ kind: 'yes_no', question: 'retry_lookup' }, { kind: 'topic', topic: 'talk_to_person' }];
    enqueue.emit({ type: 'reply', message: message('order_system_unavailable', {}) });
    enqueue.assign({ offers, tried: [...context.tried, 'order_system_unavailable'] });
    enqueue.emit({ type: 'offer', offers });
  }),
  askForMissingDetails: doAll<undefined>()(({ context, event, enqueue }) => {
    const signedIn = context.signedInCustomerId !== null && context.recentOrders.length > 0;
    const missing = context.orderNumber === null ? (context.contact === null && !signedIn ? 'both' : 'order_number') : 'contact';
    // Acknowledge the problem when the customer raises it, not again at every question.
    const problemNoted = intentOf(event) === context.problem ? context.problem : null;
    enqueue.emit({ type: 'reply', message: message('ask_for_details', { missing, problemNoted }) });
  }),
  handleConfusion: doAll<undefined>()(({ context, event, enqueue }) => {
    const confusion = context.confusion + 1;
    const offerPerson = confusion >= CONFUSION_BEFORE_OFFERING_PERSON;
    const reason = isMessage(event) ? (event.understanding.notUnderstood ?? 'unclear') : 'unclear';
    const withoutPerson = context.offers.filter((o) => o.kind !== 'topic' || o.topic !== 'talk_to_person');
    enqueue.assign({ confusion });
    enqueue.emit({ type: 'reply', message: message('not_understood', { reason, offerPerson }) });
    enqueue.emit({ type: 'offer', offers: offerPerson ? [...withoutPerson, { kind: 'topic', topic: 'talk_to_person' }] : context.offers });
  }),
  handOver: doAll<undefined>()(({ context, enqueue }) => {
    const summary = handoffSummaryOf(context, context.handoffReason ?? 'customer_asked');
    enqueue.emit({ type: 'reply', message: message('handoff', { summary }) });
    enqueue.emit({ type: 'handoff', summary });
  }),

  // --- remembering
  reraise: raise<SupportContext, SupportEvent, SupportEvent, undefined, never, never>(({ event }) => event),
  noteTried: rememberWith<{ step: string }>()({ tried: ({ context }, params) => [...context.tried, params.step] }),
  understood: remember({ confusion: 0 }),
  absorbDetails: remember(({ context, event }) => {
    if (!isMessage(event) && event.type !== 'customer.choice') return {};
    const problem = problemOf(event) ?? context.problem;
    return {
      ...detailsAfter(context, event),
      problem,
      customerSaid: problem !== context.problem ? event.text : context.customerSaid,
      confusion: 0,
    };
  }),
  countFailedLookup: remember(({ context }) => ({ failedLookups: context.failedLookups + 1, orderNumber: null, contact: null, offers: [] })),
  // The contact goes too: another order may have been placed with other details, and a stale one would cost a failed attempt.
  forgetOrder: remember({ order: null, verified: false, orderNumber: null, contact: null, shipmentId: null, problem: null, customerSaid: null, alerts: [], offers: [] }),
  startOver: remember(({ context }) => freshStart(context)),
  clearTopic: remember({ problem: null, shipmentId: null }),
  caseOpened: doAll<SupportCase>()(({ context, enqueue }, opened) => {
    enqueue.assign({ cases: rememberCase(context.cases, opened) });
    enqueue.emit({ type: 'reply', message: caseOpenedMessage(context, opened) });
  }),
  pickOnlyCandidate: rememberWith<{ rule: CandidateRule }>()({
    shipmentId: ({ context }, params) => candidatesFor[params.rule](requireOrder(context))[0]?.shipmentId ?? null,
  }),
  pickChosenCandidate: rememberWith<{ rule: CandidateRule }>()({
    shipmentId: ({ context, event }, params) => chosenCandidate(context, event, params.rule)?.shipmentId ?? null,
    confusion: 0,
  }),
};
