import { offerButtons } from '../../dialogs/customer-copy/offer-labels';
import { eventFromButton } from '../../state-machines/customer-buttons';
import { FOLLOW_UP_TOPICS } from '../../state-machines/customer-intent';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';
import { intentOf } from '../../state-machines/support-procedure/event-readers';
import type { SupportEvent } from '../../state-machines/support-events';
import type { Offer } from '../../state-machines/support-messages';
import { trainedUnderstander } from '../support/trained-understander';

/*
 * Channels that send imBack (and customers who type what they see) send a
 * button's title as plain text: each title must mean what clicking it means.
 */
const OFFERS: Offer[] = [
  ...FOLLOW_UP_TOPICS.map((topic) => ({ kind: 'topic' as const, topic })),
  { kind: 'yes_no', question: 'found_parcel' },
  { kind: 'yes_no', question: 'want_remedy' },
  { kind: 'yes_no', question: 'retry_lookup' },
];
const BUTTONS = OFFERS.flatMap(offerButtons).map((button) => [button.title, button] as const);

/** What an event means to the procedure: its type for the events every state handles, else the customer's intent. */
function meaningOf(event: SupportEvent): string {
  return event.type === 'customer.message' || event.type === 'customer.choice' ? `intent ${intentOf(event) ?? ''}` : event.type;
}

test.each(BUTTONS)('typing the button title "%s" means what clicking it means', async (title, button) => {
  const understander = await trainedUnderstander();
  const typed = eventFromUnderstanding(title, await understander.understand(title));
  expect(meaningOf(typed)).toBe(meaningOf(eventFromButton(button.value, title)));
});
