import { offerButtons } from '../../dialogs/customer-copy/offer-labels';
import { eventFromButton } from '../../state-machines/customer-buttons';
import { FOLLOW_UP_TOPICS } from '../../state-machines/customer-intent';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';
import { initialContext } from '../../state-machines/support-context';
import type { SupportEvent } from '../../state-machines/support-events';
import { YES_NO_QUESTIONS, type Offer } from '../../state-machines/support-messages';
import { answerOf, intentOf } from '../../state-machines/support-procedure/event-readers';
import { expectationOf } from '../../state-machines/support-procedure/expectation';
import { trainedUnderstander } from '../support/trained-understander';

/*
 * Channels that send imBack (and customers who type what they see) send a
 * button's title as plain text: each title must mean what clicking it means,
 * read as the conversation would read it while the button is on screen.
 */
const OFFERS: Offer[] = [
  ...FOLLOW_UP_TOPICS.map((topic) => ({ kind: 'topic' as const, topic })),
  ...YES_NO_QUESTIONS.map((question) => ({ kind: 'yes_no' as const, question })),
  { kind: 'remedy' },
];
const BUTTONS = OFFERS.flatMap((offer) => offerButtons(offer).map((button) => [button.title, button, offer] as const));

/** What an event means to the procedure: its type for the events every state handles, else the customer's intent and answer. */
function meaningOf(event: SupportEvent, offer: Offer): string {
  if (event.type !== 'customer.message' && event.type !== 'customer.choice') return event.type;
  return offer.kind === 'yes_no' ? `answer ${answerOf(event) ?? ''}` : `intent ${intentOf(event) ?? ''}`;
}

test.each(BUTTONS)('typing the button title "%s" means what clicking it means', async (title, button, offer) => {
  const understander = await trainedUnderstander();
  const expecting = expectationOf({}, { ...initialContext({ conversationId: 'buttons' }), offers: [offer] });
  const typed = eventFromUnderstanding(title, await understander.understand(title, { expecting }));
  expect(meaningOf(typed, offer)).toBe(meaningOf(eventFromButton(button.value, title), offer));
});
