import { z } from 'zod';
import { OrderTopicSchema, type OrderTopic } from '../../state-machines/customer-intent';
import cuesFile from './problem-cues.json';

const CuesFileSchema = z.object({ why: z.string(), cues: z.partialRecord(OrderTopicSchema, z.array(z.string().min(1))) });
const cues = Object.entries(CuesFileSchema.parse(cuesFile).cues).map(([topic, patterns]) => ({
  topic: OrderTopicSchema.parse(topic),
  patterns: (patterns ?? []).map((pattern) => new RegExp(pattern, 'i')),
}));

/**
 * The order problem a clause states in so many words ("says delivered but
 * it's not here", "hasn't arrived", "wrong address"), in the order the
 * cues file lists them: the first problem that matches wins. The classifier
 * reads everything else; these only keep a plainly stated problem from being
 * misread.
 */
export function plainlyStatedProblem(clause: string): OrderTopic | null {
  return cues.find(({ patterns }) => patterns.some((pattern) => pattern.test(clause)))?.topic ?? null;
}
