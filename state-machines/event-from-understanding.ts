import type { Understanding } from './customer-intent';
import type { SupportEvent } from './support-events';

/**
 * Restart, goodbye and "talk to a person" work in every state, so they become
 * their own events that the machine's root handles; everything else is a
 * customer message the current state interprets.
 */
export function eventFromUnderstanding(text: string, understanding: Understanding): SupportEvent {
  switch (understanding.intent) {
    case 'restart':
      return { type: 'RESTART' };
    case 'talk_to_person':
      return { type: 'PERSON_REQUESTED', text };
    case 'done':
      return { type: 'GOODBYE' };
    default:
      return { type: 'customer.message', text, understanding };
  }
}
