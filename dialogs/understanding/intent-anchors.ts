import { z } from 'zod';
import { CustomerIntentSchema, type CustomerIntent } from '../../state-machines/customer-intent';
import anchorsFile from './intent-anchors.json';

const AnchorsFileSchema = z.object({ why: z.string(), anchors: z.partialRecord(CustomerIntentSchema, z.string().min(1)) });
const anchors = new Map(
  Object.entries(AnchorsFileSchema.parse(anchorsFile).anchors).map(([intent, pattern]) => [
    CustomerIntentSchema.parse(intent),
    new RegExp(pattern ?? '', 'i'),
  ]),
);

/** Whether a clause read as this intent has a word the intent cannot do without (intent-anchors.json); true for intents without anchors. */
export function hasAnchorFor(intent: CustomerIntent, clause: string): boolean {
  return anchors.get(intent)?.test(clause) ?? true;
}
