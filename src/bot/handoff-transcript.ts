import { ActivityTypes, type Activity, type Transcript } from 'botbuilder';
import type { TranscriptEntry } from '../conversation/conversation-transcript';
import type { HandoffSummary } from '../../state-machines/handoff-summary';
import { scrubText } from '../observability/pii-scrub';

/**
 * The stored transcript as the Bot Framework handoff event carries it: one
 * plain message activity per entry, from the customer or from the bot, in
 * the conversation the handoff is for. Compact on purpose (text and card
 * summaries, not the channel's full activities), since it is kept with every
 * conversation in the shared store. Redacted: the event travels through the
 * channel to a desk tool, so typed e-mails, phones, street addresses and
 * introduced names become markers, and no channelData (where a signed-in
 * customer's site token rides) is copied; the agent opens the order itself.
 */
export function handoffTranscript(entries: readonly TranscriptEntry[], current: Activity): Transcript {
  const activities = entries.map(
    (entry): Activity => ({
      type: ActivityTypes.Message,
      text: scrubText(entry.text),
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

/** The summary as the handoff event carries it: the customer's last words redacted like the transcript; order facts stay. */
export function redactedHandoffSummary(summary: HandoffSummary): HandoffSummary {
  return { ...summary, customerSaid: summary.customerSaid === null ? null : scrubText(summary.customerSaid) };
}
