import { raise } from 'xstate';
import type { SupportCase } from '../../src/domain/support-case';
import type { Question } from '../customer-intent';
import { itemWordsIn } from '../item-words';
import { candidatesFor, type CandidateRule } from '../shipment-candidates';
import { initialContext, type SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';
import { caseOpenedMessage } from './case-opened-message';
import { rememberCase } from './case-request';
import { doing, remembering, rememberingWith } from './action-creators';
import { addressOf, candidateNamedEarlier, chosenCandidate, detailsAfter, isMessage, questionOf, refusesRemedy, remedyOf, requireOrder, saysMoreThanAnAnswer, topicOf } from './event-readers';

/** The machine's tidy start again: everything forgotten but what guards against guessing, the cases opened and the contact given. */
function freshStart(context: SupportContext): SupportContext {
  return {
    ...initialContext({ conversationId: context.conversationId }),
    failedLookups: context.failedLookups,
    cases: context.cases,
    lastContact: context.lastContact,
    verifiedContact: context.verifiedContact,
  };
}

/* The general questions the order itself answers better, kept until it is found. */
const askedAboutOrder = (question: Question | null): SupportContext['askedWithDetails'] =>
  question === 'delivery_timeframes' || question === 'carrier_disruptions' ? question : null;

/** What the context becomes with what a message brings: details, problem, remedy, an address, an item named and the customer's own words. */
function absorbing(context: SupportContext, event: SupportEvent): Partial<SupportContext> {
  if (!isMessage(event) && event.type !== 'customer.choice') return {};
  const details = detailsAfter(context, event);
  const problem = topicOf(event) ?? context.problem;
  // "any StarTrack delays in NSW?" names a carrier to ask about, not a parcel.
  const namesItem = isMessage(event) && event.understanding.question === null && itemWordsIn(event.text).length > 0;
  return {
    ...details,
    lastContact: details.contact ?? context.lastContact,
    problem,
    remedy: remedyOf(event) ?? context.remedy,
    remedyRefused: context.remedyRefused || refusesRemedy(event),
    askedWithDetails: context.order === null && topicOf(event) === null ? (askedAboutOrder(questionOf(event)) ?? context.askedWithDetails) : context.askedWithDetails,
    pendingAddress: addressOf(event) ?? context.pendingAddress,
    customerSaid: problem !== context.problem ? event.text : context.customerSaid,
    itemNamed: namesItem ? event.text : context.itemNamed,
    confusion: 0,
  };
}

/** Everything the procedure remembers, by name. */
export const contextActions = {
  reraise: raise<SupportContext, SupportEvent, SupportEvent, undefined, never, never>(({ event }) => event),
  noteTried: rememberingWith<{ step: string }>()({ tried: ({ context }, params) => [...context.tried, params.step] }),
  understood: remembering({ confusion: 0 }),
  /** The details, the problem and the remedy a message brings; the customer's own words about a new problem. */
  absorbDetails: remembering(({ context, event }) => absorbing(context, event)),
  /*
   * A failed lookup keeps both details: "sorry, that was the receipt number,
   * it's 4000123457" corrects one and the other still stands. The lock on
   * guessing counts every attempt.
   */
  /** What the customer adds while a case is being prepared ("that photo isn't my house") goes to the team with it. */
  addCustomerWords: remembering(({ context, event }) => {
    // A bare "no" or "yes please" adds nothing the team needs.
    if (!isMessage(event) || event.text.trim().split(/\s+/).length <= 2) return {};
    const said = context.customerSaid ? `${context.customerSaid} / ${event.text}` : event.text;
    return { customerSaid: said.slice(0, 2000) };
  }),
  useVerifiedContact: remembering(({ context }) => ({ contact: context.verifiedContact, contactIsTentative: true })),
  /** The earlier contact did not prove this order: ask for this order's own, as for any order number given alone. */
  dropTentativeContact: remembering({ contact: null, contactIsTentative: false, offers: [] }),
  rememberVerifiedContact: remembering(({ context }) => ({
    verifiedContact: context.contact ?? context.verifiedContact,
    contactIsTentative: false,
  })),
  countFailedLookup: remembering(({ context }) => ({ failedLookups: context.failedLookups + 1, offers: [] })),
  // The contact goes too: another order may have been placed with other details ("same email as before" still finds it).
  forgetOrder: remembering({ order: null, verified: false, orderNumber: null, contact: null, shipmentId: null, problem: null, customerSaid: null, itemNamed: null, remedy: null, remedyRefused: false, pendingAddress: null, offers: [] }),
  startOver: remembering(({ context }) => freshStart(context)),
  clearTopic: remembering({ problem: null, shipmentId: null, remedy: null, pendingAddress: null, itemNamed: null, askedWithDetails: null }),
  rememberAddress: remembering(({ context, event }) => ({ pendingAddress: addressOf(event) ?? context.pendingAddress, confusion: 0 })),
  noteRemedyRefused: remembering({ remedyRefused: true }),
  /*
   * "not a refund, just tell me where it is": the no answered the question;
   * what else the message asked is raised again, without the answer, for
   * the state the no led to.
   */
  raiseTheRest: doing()(({ event, enqueue }) => {
    if (!isMessage(event) || !saysMoreThanAnAnswer(event.understanding)) return;
    enqueue.raise({ ...event, understanding: { ...event.understanding, answer: null, remedy: null } });
  }),
  rememberRemedy: remembering(({ context, event }) => ({ remedy: remedyOf(event) ?? context.remedy, confusion: 0 })),
  caseOpened: doing<SupportCase>()(({ context, enqueue }, opened) => {
    enqueue.assign({ cases: rememberCase(context.cases, opened) });
    enqueue.emit({ type: 'reply', message: caseOpenedMessage(context, opened) });
  }),
  /** Held while the customer's recent orders are read for the item it names (finding-named-item.ts), then let go. */
  holdItemSearch: remembering(({ event }) => (isMessage(event) ? { itemSearch: { text: event.text, understanding: event.understanding } } : {})),
  /** The order with the named item, taken as if the customer had picked it from their list, with everything else the held message said. */
  takeNamedOrder: doing<{ orderNumber: string | null }>()(({ context, enqueue }, { orderNumber }) => {
    const held = context.itemSearch;
    const switched = { ...context, order: null, verified: false, orderNumber, contact: null, shipmentId: null };
    const absorbed = held === null ? {} : absorbing(switched, { type: 'customer.message', ...held });
    enqueue.assign({ ...switched, ...absorbed, orderNumber, contact: null, itemSearch: null });
  }),
  /** No order has the item: the held message is read again, marked so, as if nothing had been looked for. */
  rereadHeldMessage: doing<undefined>()(({ context, enqueue }) => {
    if (context.itemSearch !== null) enqueue.raise({ type: 'customer.message', ...context.itemSearch, reread: true });
    enqueue.assign({ itemSearch: null });
  }),
  pickOnlyCandidate: rememberingWith<{ rule: CandidateRule }>()({
    shipmentId: ({ context }, params) => candidatesFor[params.rule](requireOrder(context))[0]?.shipmentId ?? null,
  }),
  pickNamedCandidate: rememberingWith<{ rule: CandidateRule }>()({
    shipmentId: ({ context }, params) => candidateNamedEarlier(context, params.rule)?.shipmentId ?? null,
  }),
  pickChosenCandidate: rememberingWith<{ rule: CandidateRule }>()({
    shipmentId: ({ context, event }, params) => chosenCandidate(context, event, params.rule)?.shipmentId ?? null,
    confusion: 0,
  }),
};
