import { z } from 'zod';
import { ContactDetailSchema } from '../src/domain/verification';

export { ContactDetailSchema, type ContactDetail } from '../src/domain/verification';

/**
 * What a customer can mean, as the procedure needs it. The NLU in dialogs/
 * produces these; buttons produce them too, so a click and typed text are
 * the same event for the machine.
 */
export const FOLLOW_UP_TOPICS = [
  'tracking_not_updating',
  'no_tracking_yet',
  'delivered_not_received',
  'wrong_address',
  'parcel_delayed',
  'marketplace_question',
  'status_meaning',
  'click_and_collect',
  'another_order',
  'talk_to_person',
  'done',
] as const;
export const FollowUpTopicSchema = z.enum(FOLLOW_UP_TOPICS);
export type FollowUpTopic = z.infer<typeof FollowUpTopicSchema>;

export const CustomerIntentSchema = z.enum([
  ...FOLLOW_UP_TOPICS,
  'track_order',
  'greeting',
  'thanks',
  'affirm',
  'deny',
  'restart',
  'off_topic',
  'none',
]);
export type CustomerIntent = z.infer<typeof CustomerIntentSchema>;

/** Why a message could not be understood, so the reply can be specific. */
export const NotUnderstoodReasonSchema = z.enum(['empty', 'too_long', 'emoji_only', 'other_language', 'gibberish']);
export type NotUnderstoodReason = z.infer<typeof NotUnderstoodReasonSchema>;

/** One customer message after understanding: intent plus the entities the procedure uses. */
export const UnderstandingSchema = z.object({
  intent: CustomerIntentSchema,
  confidence: z.number().min(0).max(1),
  /** Normalised with the configured pattern; null when none was found. */
  orderNumber: z.string().nullable(),
  /** Something that looked like an order number but did not fit the pattern. */
  invalidOrderNumber: z.string().nullable(),
  contact: ContactDetailSchema.nullable(),
  /** Set when the text could not be understood at all. */
  notUnderstood: NotUnderstoodReasonSchema.nullable(),
});
export type Understanding = z.infer<typeof UnderstandingSchema>;
