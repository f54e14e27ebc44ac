import { z } from 'zod';
import { describeSchemaError } from '../../../domain/schema-error';

/** What the Direct Line store keeps: whatever activity arrives, of which it only needs the type and its own id. */
export const DirectLineActivitySchema = z
  .object({
    type: z.string({ error: 'is required' }).min(1, 'is required'),
    id: z.string().optional(),
  })
  .loose();

export type DirectLineActivity = z.infer<typeof DirectLineActivitySchema>;

export const DIRECT_LINE_CHANNEL_ID = 'directline';

/** The bot's account as Direct Line clients see it. */
export const DEV_BOT_ACCOUNT = { id: 'dev-bot', name: 'Bot', role: 'bot' } as const;

export function parseActivityBody(body: unknown): { ok: true; activity: DirectLineActivity } | { ok: false; reason: string } {
  const parsed = DirectLineActivitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  return { ok: false, reason: `Invalid activity: ${describeSchemaError(parsed.error, '(body)')}` };
}
