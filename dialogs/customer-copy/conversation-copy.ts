import type { NotUnderstoodReason } from '../../state-machines/customer-intent';
import type { CopyFor } from './copy-types';
import { escapeMarkdown, sentences } from './markdown';

/** Small talk around the procedure: not understood, off topic, anything else, goodbye. */

const NOT_UNDERSTOOD: Record<NotUnderstoodReason | 'unclear', string> = {
  empty: "I didn't catch anything there.",
  too_long: "That's a long message. Could you give me the short version?",
  emoji_only: "I'm not great with emoji. Could you tell me in words?",
  other_language: 'Sorry, I can only help in English at the moment.',
  gibberish: "Sorry, I didn't get that.",
  unclear: "Sorry, I didn't get that.",
};

export const conversationCopy: CopyFor<'anything_else' | 'youre_welcome' | 'what_else' | 'not_understood' | 'off_topic' | 'goodbye'> = {
  anything_else: () => 'Is there anything else I can help with?',
  youre_welcome: () => "You're welcome! Is there anything else I can help with?",
  what_else: () => 'Sure, what else can I help with?',
  not_understood: ({ reason, offerPerson }) =>
    sentences(
      NOT_UNDERSTOOD[reason],
      `You can ask me where your order is, about tracking, or about a late or missing parcel${offerPerson ? ', or I can put you through to a person' : ''}.`,
    ),
  off_topic: () =>
    "Sorry, I can only help with Kmart online orders: things like tracking, delivery and Click & Collect. Is there an order I can check for you?",
  goodbye: ({ firstName }) =>
    sentences(`Thanks${firstName ? `, ${escapeMarkdown(firstName)}` : ''}! Have a great day.`, 'If you need anything else, just send me a message.'),
};
