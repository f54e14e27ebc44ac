import { z } from 'zod';
import { CustomerChoiceSchema } from './support-events';
import type { SupportEvent } from './support-events';

/**
 * What a button carries (a suggested action's or a card's value), declared
 * once: dialogs/ puts it on the buttons it draws, the bot parses it back.
 */
export const ButtonValueSchema = z.union([
  CustomerChoiceSchema,
  z.object({ shipmentId: z.string().min(1).max(64) }),
  z.object({ orderNumber: z.string().min(1).max(64) }),
]);
export type ButtonValue = z.infer<typeof ButtonValueSchema>;

/** The event a click is: "talk to a person" and "that's all" work in every state, like their typed forms. */
export function eventFromButton(value: ButtonValue, label: string): SupportEvent {
  if ('shipmentId' in value) return { type: 'CHOOSE_SHIPMENT', shipmentId: value.shipmentId };
  if ('orderNumber' in value) return { type: 'CHOOSE_ORDER', orderNumber: value.orderNumber };
  if ('topic' in value && value.topic === 'talk_to_person') return { type: 'PERSON_REQUESTED', text: label };
  if ('topic' in value && value.topic === 'done') return { type: 'GOODBYE' };
  return { type: 'customer.choice', text: label, choice: value };
}
