import { z } from 'zod';
import { CustomerIntentSchema, type Understanding } from '../../state-machines/customer-intent';
import type { SupportEvent } from '../../state-machines/support-context';
import { eventFromUnderstanding } from '../../state-machines/event-from-understanding';

/**
 * What a button click carries (suggested action or card submit value). Clicks
 * become the same events as typed text, so the machine never knows the difference.
 */
export const ButtonValueSchema = z.union([
  z.object({ intent: CustomerIntentSchema }),
  z.object({ shipmentId: z.string().min(1).max(64) }),
  z.object({ orderNumber: z.string().min(1).max(64) }),
]);
export type ButtonValue = z.infer<typeof ButtonValueSchema>;

export function eventFromButton(value: ButtonValue, label: string): SupportEvent {
  if ('shipmentId' in value) return { type: 'CHOOSE_SHIPMENT', shipmentId: value.shipmentId };
  if ('orderNumber' in value) return { type: 'CHOOSE_ORDER', orderNumber: value.orderNumber };
  const understanding: Understanding = {
    intent: value.intent,
    confidence: 1,
    orderNumber: null,
    invalidOrderNumber: null,
    contact: null,
    notUnderstood: null,
  };
  return eventFromUnderstanding(label, understanding);
}
