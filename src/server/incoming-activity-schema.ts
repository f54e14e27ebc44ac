import { z } from 'zod';
import { describeSchemaError } from '../domain/schema-error';

/** The Bot Framework activity types a channel may send to a bot; anything else is refused before the adapter. */
export const INCOMING_ACTIVITY_TYPES = [
  'message',
  'conversationUpdate',
  'contactRelationUpdate',
  'typing',
  'endOfConversation',
  'event',
  'invoke',
  'deleteUserData',
  'messageUpdate',
  'messageDelete',
  'installationUpdate',
  'messageReaction',
  'suggestion',
  'trace',
  'handoff',
  'command',
  'commandResult',
] as const;

const requiredOr =
  (otherwise: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : otherwise;

/** An account (from, recipient, a member added): an object, whatever else it carries. */
const account = z.object({}, { error: 'must be an object' }).loose();

/**
 * The fields the server itself relies on (routing, the turn queue, the serviceUrl check), and the
 * ones the bot reads, by type: a `text` object or a `from` string would otherwise reach the bot and
 * fail the turn instead of being refused here. Everything else passes through untouched to the adapter.
 */
export const IncomingActivitySchema = z
  .object({
    type: z.enum(INCOMING_ACTIVITY_TYPES, {
      error: (issue) =>
        issue.input === undefined ? 'is required' : `unknown activity type ${JSON.stringify(issue.input)}`,
    }),
    conversation: z
      .object(
        { id: z.string({ error: requiredOr('must be a string') }).trim().min(1, 'is required') },
        { error: requiredOr('must be an object with an id') },
      )
      .loose(),
    serviceUrl: z.url({ protocol: /^https?$/, error: requiredOr('must be an http(s) URL') }),
    channelId: z.string().optional(),
    id: z.string().optional(),
    deliveryMode: z.string().optional(),
    // Channels may send null for an absent text; the bot reads both as "nothing typed".
    text: z.string({ error: 'must be a string' }).nullish(),
    from: account.optional(),
    recipient: account.optional(),
    membersAdded: z.array(account, { error: 'must be an array of accounts' }).optional(),
    membersRemoved: z.array(account, { error: 'must be an array of accounts' }).optional(),
  })
  .loose();

export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

export type IncomingActivityCheck = { ok: true; activity: IncomingActivity } | { ok: false; reason: string };

export function checkIncomingActivity(body: unknown): IncomingActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, reason: 'The request body must be a JSON object (an activity).' };
  }
  const parsed = IncomingActivitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  return { ok: false, reason: `Invalid activity: ${describeSchemaError(parsed.error, '(body)')}` };
}
