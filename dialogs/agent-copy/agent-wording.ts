import type { MessageDataByKey, MessageKey } from '../../state-machines/support-messages';
import { sentences } from '../customer-copy/markdown';
import { itemsSummary, sellerName } from '../customer-copy/parcel-phrases';
import { statusWords } from '../customer-copy/status-words';

/**
 * How an agent says each of the procedure's messages. `customer_words` means
 * the bot's own wording already reads as a person talking (same facts, same
 * helpers, nothing copied); a function words it for a person instead (the
 * bot's words are passed in); null from a function means an agent says
 * nothing for it. Every key must be listed: a key added to the procedure
 * without agent wording fails to compile here.
 */
export type AgentWording<K extends MessageKey> = 'customer_words' | ((data: MessageDataByKey[K], customerWords: string) => string | null);
export type AgentWordingFor<K extends MessageKey> = { [P in K]: AgentWording<P> };

const ASK_FOR_DETAILS = "Could you send me your order number, and the email or phone number you used at checkout?";

export const AGENT_WORDING: AgentWordingFor<MessageKey> = {
  // Words that mention buttons, "the bot" or handing over to a person are the agent's own here.
  welcome: () => `Hi, thanks for getting in touch! I can help with your order. ${ASK_FOR_DETAILS}`,
  ask_for_details: 'customer_words',
  order_number_help: 'customer_words',
  lookup_failed: 'customer_words',
  order_system_unavailable: () =>
    "Sorry, our order system isn't responding right now. That's on our side, not a problem with your order. Give me a minute and I'll check again.",
  too_many_attempts: () =>
    "I'm sorry, I haven't been able to match those details to an order, so I can't share order details just yet. Could you check your order confirmation email for the order number and the email address it was sent to?",
  verification_limited: () =>
    "I'm sorry, I can't share details of this order here just now: there have been too many unsuccessful attempts to check it, so it's locked for its owner's safety. I'll pass this to the team who can confirm who you are another way.",
  recent_orders: 'customer_words',
  pick_recent_order: () => 'Which of your recent orders can I help with? Just send me its order number.',
  order_status: 'customer_words',
  parcel_status: 'customer_words',
  delivery_destination: 'customer_words',
  carrier_details: 'customer_words',
  status_meanings: 'customer_words',
  click_and_collect_info: 'customer_words',
  not_click_and_collect: 'customer_words',
  which_parcel: ({ shipments }) =>
    [
      'Which parcel do you mean?',
      ...shipments.map((s, i) => {
        const items = itemsSummary(s);
        return `${i + 1}. From ${sellerName(s)}${items ? ` (${items})` : ''}: ${statusWords(s.status)}`;
      }),
      'Just let me know the number or what was in it.',
    ].join('\n'),
  no_tracking_yet: 'customer_words',
  tracking_available: 'customer_words',
  on_track: 'customer_words',
  carrier_alerts: 'customer_words',
  tracking_stale: 'customer_words',
  parcel_delayed: 'customer_words',
  not_late_yet: 'customer_words',
  refund_for_cancelled: 'customer_words',
  offer_remedy: 'customer_words',
  choose_remedy: (_data, words) => words.replace(/\s*(Tap|Pick) one below[^.]*\./i, ''),
  confirm_remedy: 'customer_words',
  remedy_requested: 'customer_words',
  ask_new_address: 'customer_words',
  address_not_read: 'customer_words',
  confirm_address: 'customer_words',
  address_change_requested: 'customer_words',
  carrier_redirect_requested: 'customer_words',
  address_after_delivery: 'customer_words',
  request_declined: 'customer_words',
  missing_parcel_tips: 'customer_words',
  keep_looking: 'customer_words',
  glad_found: 'customer_words',
  not_delivered_yet: 'customer_words',
  investigation_opened: 'customer_words',
  store_check_requested: 'customer_words',
  marketplace_explained: 'customer_words',
  offer_marketplace_ticket: 'customer_words',
  marketplace_ticket_opened: 'customer_words',
  no_marketplace_parcel: 'customer_words',
  case_timeline: 'customer_words',
  case_failed: () => "Sorry, I couldn't log that request in our system just now. I'll sort it out and get back to you.",
  // The agent is the person the bot handed over to: they introduce themselves instead.
  handoff: ({ summary }) =>
    sentences(
      `Hi${summary.customerFirstName ? ` ${summary.customerFirstName}` : ''}, thanks for waiting. I'm from the Kmart customer care team and I'm taking over from our chat assistant.`,
      summary.verified && summary.orderNumber
        ? `I can see everything you've covered about order ${summary.orderNumber}, so you won't need to repeat yourself.`
        : `I can see what you've covered so far. ${ASK_FOR_DETAILS}`,
    ),
  with_a_person: () => null,
  where_to_find_details: 'customer_words',
  delivery_timeframes: 'customer_words',
  collection_policy: 'customer_words',
  carrier_disruptions: 'customer_words',
  disruptions_unavailable: 'customer_words',
  out_of_scope: 'customer_words',
  check_an_order: 'customer_words',
  anything_else: 'customer_words',
  youre_welcome: 'customer_words',
  what_else: 'customer_words',
  not_understood: () => "Sorry, I didn't quite follow. Could you tell me a bit more about what's happening with your order?",
  off_topic: 'customer_words',
  goodbye: ({ firstName }) => `Thanks${firstName ? `, ${firstName}` : ''}! Have a great day.`,
  restarted: 'customer_words',
  conversation_reset: () => `Let's start again. ${ASK_FOR_DETAILS}`,
};

/**
 * In a chat the agent is already in (not one picked up from the bot), a
 * handoff means the customer asked for a person: the agent is that person,
 * and says so instead of "taking over from our chat assistant".
 */
export const LIVE_CHAT_WORDING: Partial<AgentWordingFor<MessageKey>> = {
  handoff: ({ summary }) =>
    sentences(
      `You're talking to a person${summary.customerFirstName ? `, ${summary.customerFirstName}` : ''}: I'm from the Kmart customer care team, and I'm happy to help.`,
      summary.verified && summary.orderNumber ? `I have order ${summary.orderNumber} in front of me. What would you like me to look into?` : ASK_FOR_DETAILS,
    ),
};
