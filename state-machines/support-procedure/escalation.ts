import { assign } from 'xstate';
import { message } from '../support-messages';
import { procedureSetup } from './procedure-setup';

/** A person from the team: when the customer asks, after too many failed lookups, or when a case cannot be opened. */

export const caseFailed = procedureSetup.createStateConfig({
  meta: { step: 'escalate' },
  entry: [
    { type: 'reply', params: message('case_failed', {}) },
    assign({ handoffReason: 'case_failed' }),
    { type: 'noteTried', params: { step: 'case_could_not_be_opened' } },
  ],
  always: 'handoff',
});

export const lockedOut = procedureSetup.createStateConfig({
  meta: { step: 'escalate' },
  entry: [
    { type: 'reply', params: message('too_many_attempts', {}) },
    { type: 'offer', params: [{ kind: 'topic', topic: 'talk_to_person' }] },
  ],
  on: {
    'customer.*': { actions: [{ type: 'reply', params: message('too_many_attempts', {}) }, 'offerAgain'] },
    PERSON_REQUESTED: { target: 'handoff', actions: assign({ handoffReason: 'too_many_attempts' }) },
  },
});

export const handoff = procedureSetup.createStateConfig({
  meta: { step: 'escalate' },
  entry: 'handOver',
  always: 'withAPerson',
});

export const withAPerson = procedureSetup.createStateConfig({
  meta: { step: 'escalate' },
  on: {
    'customer.*': { actions: { type: 'reply', params: message('with_a_person', {}) } },
    PERSON_REQUESTED: { actions: { type: 'reply', params: message('with_a_person', {}) } },
    GOODBYE: { target: 'closed' },
  },
});
