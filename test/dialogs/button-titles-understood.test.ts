import { trainedUnderstander } from '../../dialogs/understanding/customer-message-understander';
import { offerButtons } from '../../dialogs/customer-copy/offer-labels';
import { FOLLOW_UP_TOPICS } from '../../state-machines/customer-intent';
import type { Offer } from '../../state-machines/support-messages';

/*
 * Channels that send imBack (and customers who type what they see) send a
 * button's title as plain text: each title must be understood as its button.
 */
const OFFERS: Offer[] = [
  ...FOLLOW_UP_TOPICS.map((topic) => ({ kind: 'topic' as const, topic })),
  { kind: 'yes_no', question: 'found_parcel' },
  { kind: 'yes_no', question: 'want_remedy' },
  { kind: 'yes_no', question: 'retry_lookup' },
];
const BUTTONS = OFFERS.flatMap(offerButtons).flatMap((button) => ('intent' in button.value ? [[button.title, button.value.intent] as const] : []));

test.each(BUTTONS)('typing the button title "%s" means %s', async (title, intent) => {
  const understander = await trainedUnderstander();
  expect((await understander.understand(title)).intent).toBe(intent);
});
