import type { AnswerReading, Expectation } from '../customer-intent';
import type { SupportContext } from '../support-context';
import type { YesNoQuestion } from '../support-messages';
import { innermostMeta, type ActiveStatesMeta } from './procedure-steps';

/** How each yes/no question's answer is read: "did you find it?" has its own words for yes and no. */
const READING: Record<YesNoQuestion, AnswerReading> = {
  found_parcel: 'found_parcel',
  want_remedy: 'want_remedy',
  retry_lookup: 'retry_lookup',
  confirm_address_change: 'confirm_request',
  confirm_remedy: 'confirm_request',
  open_marketplace_ticket: 'confirm_request',
};

/**
 * What the conversation is waiting for, so the next message is read as an
 * answer to it first. The buttons on screen say it best (a yes/no question,
 * a list of parcels or remedies); otherwise the step's own meta.
 */
export function expectationOf(meta: ActiveStatesMeta, context: SupportContext): Expectation {
  const question = context.offers.find((offer) => offer.kind === 'yes_no');
  if (question?.kind === 'yes_no') return { kind: 'yes_no', reading: READING[question.question] };
  if (context.offers.some((offer) => offer.kind === 'remedy')) return { kind: 'remedy' };
  if (context.offers.some((offer) => offer.kind === 'shipment')) return { kind: 'parcel' };
  return innermostMeta(meta, (stateMeta) => stateMeta.expects) ?? { kind: 'nothing' };
}
