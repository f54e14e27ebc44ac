import { ActivityTypes, type Activity, type Transcript } from 'botbuilder';
import type { TranscriptEntry } from '../conversation/conversation-transcript';

/**
 * The stored transcript as the Bot Framework handoff event carries it: one
 * plain message activity per entry, from the customer or from the bot, in
 * the conversation the handoff is for. Compact on purpose (text and card
 * summaries, not the channel's full activities), since it is kept with every
 * conversation in the shared store.
 */
export function handoffTranscript(entries: readonly TranscriptEntry[], current: Activity): Transcript {
  const activities = entries.map(
    (entry): Activity => ({
      type: ActivityTypes.Message,
      text: entry.text,
      timestamp: new Date(entry.at),
      channelId: current.channelId,
      serviceUrl: current.serviceUrl,
      conversation: current.conversation,
      from: entry.from === 'customer' ? current.from : current.recipient,
      recipient: entry.from === 'customer' ? current.recipient : current.from,
      localTimezone: '',
      callerId: '',
      label: '',
      valueType: '',
      listenFor: [],
    }),
  );
  return { activities };
}
