import { z } from 'zod';
import { SupportCaseSchema } from '../src/domain/support-case';
import { FollowUpTopicSchema, RemedyKindSchema, UnderstandingSchema } from './customer-intent';

/**
 * A button the customer clicked, as the procedure reads it: a topic from the
 * follow-up menu, an answer to the question just asked, or a remedy picked.
 */
export const CustomerChoiceSchema = z.union([
  z.object({ topic: FollowUpTopicSchema }),
  z.object({ answer: z.enum(['yes', 'no']) }),
  z.object({ remedy: RemedyKindSchema }),
]);
export type CustomerChoice = z.infer<typeof CustomerChoiceSchema>;

/**
 * Everything that can happen to a conversation. The two `customer.*` events
 * are what the customer typed or clicked; the current state reads either
 * (one `'customer.*'` transition list), so a click and typed text lead to the
 * same step without a click pretending to be understood text. Restart,
 * goodbye and "a person, please" are their own events, handled in every state.
 */
export const SupportEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CONVERSATION_STARTED') }),
  z.object({
    type: z.literal('customer.message'),
    text: z.string(),
    understanding: UnderstandingSchema,
    /** The procedure reading a message again, after looking in vain for the item it names in the customer's recent orders. */
    reread: z.literal(true).optional(),
  }),
  z.object({ type: z.literal('customer.choice'), text: z.string(), choice: CustomerChoiceSchema }),
  z.object({ type: z.literal('CHOOSE_SHIPMENT'), shipmentId: z.string() }),
  z.object({ type: z.literal('CHOOSE_ORDER'), orderNumber: z.string() }),
  z.object({ type: z.literal('SIGNED_IN'), customerId: z.string() }),
  z.object({ type: z.literal('RESTART') }),
  /** Sent before every turn with the clock's time: the procedure decides whether what it knows is still fresh. */
  z.object({ type: z.literal('TURN_STARTED'), at: z.iso.datetime({ offset: true }) }),
  z.object({ type: z.literal('GOODBYE') }),
  z.object({ type: z.literal('PERSON_REQUESTED'), text: z.string() }),
  /** A contact-centre agent opened a case from the copilot: the procedure records it as if it had opened it itself. */
  z.object({ type: z.literal('agent.caseOpened'), supportCase: SupportCaseSchema }),
]);
export type SupportEvent = z.infer<typeof SupportEventSchema>;
