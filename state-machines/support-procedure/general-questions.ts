import { and, assign } from 'xstate';
import { AU_STATES, KNOWN_CARRIERS, type AuState, type CarrierCode } from '../../src/domain/order';
import { CarrierCodeSchema } from '../../src/domain/order';
import type { Question } from '../customer-intent';
import type { DisruptionsRequest } from '../procedure-io';
import type { SupportContext } from '../support-context';
import type { SupportEvent } from '../support-events';
import { message } from '../support-messages';
import { isMessage, questionOf } from './event-readers';
import { procedureSetup } from './procedure-setup';

/* "what about aus post?", "and in vic?", "same for startrack?": the last disruptions question again, for what is named now. */
const FOLLOWS_UP = /^\s*(?:(?:and|ok|okay|so|right)[\s,]+)?(?:(?:what|how) about|and|also|same (?:for|with))\b/i;
const DISRUPTIONS_CHECKED = 'carrier_alerts_checked';

/** Right after a disruptions answer, a message naming only another carrier or state asks the same about it. */
export function followsUpOnDisruptions({ context, event }: { context: SupportContext; event: SupportEvent }): boolean {
  if (context.disruptionsChecked === null || context.tried.at(-1) !== DISRUPTIONS_CHECKED || !isMessage(event)) return false;
  const said = event.understanding;
  return (said.carriers.length > 0 || said.states.length > 0) && said.orderNumber === null && said.contact === null && FOLLOWS_UP.test(event.text);
}

/**
 * Which carriers and states a disruptions question is about: what the
 * customer named (a follow-up keeps what it does not name from the question
 * before), else their order's carriers and state, else all of them.
 */
function disruptionsScope(context: SupportContext, event: SupportEvent): DisruptionsRequest {
  const said = isMessage(event) ? event.understanding : null;
  const before = followsUpOnDisruptions({ context, event }) ? context.disruptionsChecked : null;
  const orderCarriers = (context.order?.shipments ?? []).flatMap((s) => {
    const code = CarrierCodeSchema.safeParse(s.carrier?.code);
    return code.success && !s.conditions.delivered && s.status !== 'cancelled' ? [code.data] : [];
  });
  const carriers: CarrierCode[] = said?.carriers.length
    ? said.carriers
    : (before?.carriers ?? (orderCarriers.length ? [...new Set(orderCarriers)] : [...KNOWN_CARRIERS]));
  const states: AuState[] = said?.states.length ? said.states : (before?.states ?? (context.order ? [context.order.state] : [...AU_STATES]));
  return { carriers, states };
}

/* Collection questions the customer's own Click & Collect order answers better than the policy: its store's hours, until when it is held. */
const COLLECTION_QUESTIONS: ReadonlySet<Question> = new Set(['collection_policy', 'store_hours_question']);
function asksAboutCollecting({ context, event }: { context: SupportContext; event: SupportEvent }): boolean {
  const question = questionOf(event);
  return context.order?.fulfilment === 'click_and_collect' && question !== null && COLLECTION_QUESTIONS.has(question);
}

/**
 * General questions, answered at any step without order details: from
 * published policy straight away, or, for carrier disruptions, after
 * reading the carriers' alerts in force.
 */
/** Taken before a step's own reading of the message: "what about aus post?" would otherwise be a question about a carrier. */
export const followUpOnDisruptions = { guard: followsUpOnDisruptions, target: '#support-procedure.checkingDisruptions' } as const;

export const answeringQuestions = procedureSetup.createStateConfig({
  on: {
    'customer.*': [
      // Asked with no carrier, state or order ("heard there's flooding up north?"): every alert in force answers it (there are few), rather than a question back.
      { guard: 'asksAboutDisruptions', target: '#support-procedure.checkingDisruptions' },
      // "how long have I got to get it?", "what are the store hours?" about a Click & Collect order: its store, hours, readiness and hold.
      { guard: and(['asksGeneralQuestion', asksAboutCollecting]), actions: ['sayClickAndCollect', 'offerAgain'] },
      { guard: 'asksGeneralQuestion', actions: 'answerGeneralQuestion' },
    ],
  },
}).on['customer.*'];

export const checkingDisruptions = procedureSetup.createStateConfig({
  meta: { step: 'explain_status' },
  tags: ['busy'],
  invoke: {
    src: 'loadDisruptions',
    input: ({ context, event }) => disruptionsScope(context, event),
    onDone: {
      target: 'returningFromQuestion',
      actions: [
        { type: 'reply', params: ({ event }) => message('carrier_disruptions', event.output) },
        assign({ disruptionsChecked: ({ event }) => ({ carriers: event.output.carriers, states: event.output.states }) }),
        { type: 'noteTried', params: { step: DISRUPTIONS_CHECKED } },
      ],
    },
    onError: { target: 'returningFromQuestion', actions: { type: 'reply', params: message('disruptions_unavailable', {}) } },
  },
});

/** Back to where the customer was: their order's follow-ups, or collecting details with an invitation to check one. */
export const returningFromQuestion = procedureSetup.createStateConfig({
  meta: { step: 'explain_status' },
  always: [
    { guard: 'isVerified', target: 'awaitingFollowUp' },
    { target: 'collectingDetails', actions: { type: 'reply', params: message('check_an_order', {}) } },
  ],
});
