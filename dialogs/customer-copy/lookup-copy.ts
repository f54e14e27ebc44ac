import type { OrderTopic } from '../../state-machines/customer-intent';
import type { CopyFor } from './copy-types';
import { dayAsWritten } from './format-dates';
import { bulletList, escapeMarkdown, paragraphs, quoteTyped, sentences } from './markdown';
import { statusWords } from './status-words';

/** Finding the customer's order: asking for details and saying why a lookup did not work. */

const ASK_FOR_BOTH = "What's your order number, and the email or phone number you used at checkout?";

/** Said before asking for details, so the customer knows their problem was heard. */
const PROBLEM_NOTED: Record<OrderTopic, string | null> = {
  tracking_not_updating: "Sorry your tracking hasn't been updating. Tracking can take 24 to 48 hours to update after a scan, but I'll look into it.",
  no_tracking_yet: "Tracking can take 24 to 48 hours after the shipping email to show up. If it's been longer, I'll look into it.",
  delivered_not_received: "Sorry to hear it says delivered but isn't there. I'll look into that.",
  wrong_address: "No worries, let's see what we can do about the address.",
  parcel_delayed: "Sorry your parcel is running late. I'll look into that.",
  marketplace_question: 'Sure, I can help with items from Marketplace sellers.',
  status_meaning: "Sure, I'll explain what your order status means.",
  click_and_collect: 'Sure, I can help with your Click & Collect order.',
  which_carrier: "Sure, I'll find out who's delivering it.",
  wants_remedy: "Sorry it's come to that. Let me check the order first.",
  case_timeline: "Sure, I'll check where things are up to.",
};

const ASK_FOR: Record<'both' | 'order_number' | 'contact', string> = {
  both: ASK_FOR_BOTH,
  order_number: "What's your order number? You'll find it in your order confirmation email.",
  // Why we ask, without the word "verification": it is how we know the order is theirs.
  contact: "Thanks! And what's the email or phone number you used at checkout? That's how I know the order is yours.",
};

/* Why the list is shown: asked for, or an item the customer named that the bot looked for in their orders. */
const RECENT_ORDERS_LEAD: Record<'list' | 'several' | 'no_match', string> = {
  list: 'Here are your recent orders. Which one would you like to check?',
  several: 'More than one of your recent orders has that. Which one would you like to check?',
  no_match: "I couldn't tell which of your recent orders that's in. Here they are: which one would you like to check?",
};

function lastTryNote(attemptsLeft: number): string | null {
  return attemptsLeft === 1 ? "Just so you know, there's one more try before I'll need to put you through to a person." : null;
}

export const lookupCopy: CopyFor<
  | 'welcome'
  | 'ask_for_details'
  | 'order_number_help'
  | 'lookup_failed'
  | 'order_system_unavailable'
  | 'too_many_attempts'
  | 'verification_limited'
  | 'recent_orders'
  | 'pick_recent_order'
  | 'restarted'
  | 'conversation_reset'
> = {
  welcome: () =>
    paragraphs(
      'Hi! I can help you track a Kmart online order.',
      'To get started, send me your order number and the email or phone number you used at checkout.',
      'You can ask to talk to a person at any time.',
    ),
  ask_for_details: ({ missing, problemNoted }) =>
    sentences(problemNoted ? PROBLEM_NOTED[problemNoted] : null, ASK_FOR[missing]),
  order_number_help: ({ typed }) =>
    paragraphs(
      typed ? `Hmm, ${quoteTyped(typed)} doesn't look like an order number.` : "Hmm, that doesn't look like an order number.",
      "It's usually 10 digits, and you'll find it:",
      bulletList([
        'in your order confirmation email (look for the "Your order status" link)',
        'in your shipping email or SMS',
        'in your Kmart account, under order history',
      ]),
    ),
  // Deliberately the same words whether the order does not exist or a detail does not match: saying which would help someone guess.
  lookup_failed: ({ attemptsLeft }) =>
    sentences(
      "I couldn't match those details to an order.",
      'Could you check your order number and the email or phone number you used at checkout? You can send just the one that needs fixing.',
      lastTryNote(attemptsLeft),
    ),
  order_system_unavailable: () =>
    sentences(
      "Sorry, our order system isn't responding right now. That's a problem on our side, not with your order.",
      'Please try again in a minute, or I can put you through to a person.',
    ),
  too_many_attempts: () =>
    sentences(
      "I can't keep checking after several unsuccessful tries. That's to keep your order details safe.",
      'A person from our team can help you from here.',
    ),
  verification_limited: ({ limit }) =>
    sentences(
      limit === 'order'
        ? "I can't look up this order here right now: there have been too many unsuccessful attempts to check it. That's to keep its details safe."
        : "I can't check orders here right now after several unsuccessful tries. That's to keep order details safe.",
      'A person from our team can help you with it.',
    ),
  recent_orders: ({ orders, search }) =>
    paragraphs(
      RECENT_ORDERS_LEAD[search ?? 'list'],
      bulletList(
        orders.map(
          (o) =>
            `${escapeMarkdown(o.orderNumber)}: placed ${dayAsWritten(o.placedAt)}, ${o.itemCount} ${o.itemCount === 1 ? 'item' : 'items'}, ${statusWords(o.status)}`,
        ),
      ),
    ),
  pick_recent_order: () => 'Hi! Which of your recent orders can I help with? Tap one above, or send me its order number.',
  restarted: () => sentences("No problem, let's start fresh.", ASK_FOR_BOTH),
  conversation_reset: () => sentences("We've updated this chat since your last visit, so let's start again.", ASK_FOR_BOTH),
};
