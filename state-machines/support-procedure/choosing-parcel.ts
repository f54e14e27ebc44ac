import { candidatesFor, type CandidateRule } from '../shipment-candidates';
import { message } from '../support-messages';
import { requireOrder } from './event-readers';
import { shipmentOffers } from './follow-up-offers';
import { procedureSetup } from './procedure-setup';
import { switchingTopic } from './switching-topic';

/**
 * A branch about one parcel starts by choosing it: straight through when only
 * one parcel fits the rule, to `none` when none does, and a question with a
 * button per parcel when several do.
 */
export function choosingParcel(rule: CandidateRule, next: string, none: string) {
  const candidates = ({ context }: { context: Parameters<typeof requireOrder>[0] }) => candidatesFor[rule](requireOrder(context));
  const selecting = procedureSetup.createStateConfig({
    always: [
      { guard: { type: 'candidateCountIs', params: { rule, count: 1 } }, target: next, actions: { type: 'pickOnlyCandidate', params: { rule } } },
      // "the pyjamas are late": the parcel was named when the problem was, so there is nothing to ask.
      { guard: { type: 'customerNamedCandidate', params: { rule } }, target: next, actions: { type: 'pickNamedCandidate', params: { rule } } },
      { guard: { type: 'candidateCountIs', params: { rule, count: 0 } }, target: none },
      { target: 'choosing' },
    ],
  });
  const choosing = procedureSetup.createStateConfig({
    entry: [
      { type: 'reply', params: (args) => message('which_parcel', { shipments: candidates(args) }) },
      { type: 'offer', params: (args) => shipmentOffers(candidates(args)) },
    ],
    on: {
      CHOOSE_SHIPMENT: { guard: { type: 'choseCandidate', params: { rule } }, target: next, actions: { type: 'pickChosenCandidate', params: { rule } } },
      'customer.*': [
        { guard: { type: 'choseCandidate', params: { rule } }, target: next, actions: { type: 'pickChosenCandidate', params: { rule } } },
        switchingTopic,
      ],
    },
  });
  return { selecting, choosing };
}
