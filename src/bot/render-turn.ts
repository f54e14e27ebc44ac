import { ActionTypes, ActivityTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { CustomerCopy } from '../../dialogs/customer-copy/customer-copy';
import { buttonsForOffers } from '../../dialogs/customer-copy/offer-labels';
import { orderCardContent } from '../../dialogs/customer-copy/order-card-copy';
import type { TurnOutcome } from '../conversation/run-support-turn';
import { orderAdaptiveCard } from './order-adaptive-card';

/** Channels known to draw Adaptive Cards; elsewhere the order comes as text only. */
const CARD_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'msteams']);

/**
 * A turn's procedure messages as Bot Framework activities: text in markdown,
 * an Adaptive Card for the order, and the offered follow-ups as suggested
 * actions on the last message. Buttons are messageBack, so a click arrives
 * with its value and becomes the same event as typed text.
 */
export function renderTurn(outcome: TurnOutcome, channelId: string, copy: CustomerCopy): Partial<Activity>[] {
  const activities: Partial<Activity>[] = outcome.replies.map((reply) => {
    const text = copy.render(reply);
    if (reply.key === 'order_status' && CARD_CHANNELS.has(channelId)) {
      const card = CardFactory.adaptiveCard(orderAdaptiveCard(orderCardContent(reply.data.order), text));
      const activity = MessageFactory.attachment(card);
      activity.text = text.split('\n')[0] ?? '';
      activity.textFormat = 'markdown';
      return activity;
    }
    const activity = MessageFactory.text(text);
    activity.textFormat = 'markdown';
    return activity;
  });
  const buttons = buttonsForOffers(outcome.offers);
  const last = activities.at(-1);
  if (last && buttons.length > 0) {
    last.suggestedActions = {
      to: [],
      actions: buttons.map((button) => ({
        type: ActionTypes.MessageBack,
        title: button.title,
        text: button.title,
        displayText: button.title,
        value: button.value,
      })),
    };
  }
  return activities.map((activity) => ({ ...activity, type: ActivityTypes.Message }));
}
