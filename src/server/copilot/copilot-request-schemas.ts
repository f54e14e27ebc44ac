import { z } from 'zod';
import { MAX_MESSAGE_CHARS } from '../../copilot/copilot-session';

/** The desk tool's own conversation id (contract: 1 to 128 letters, digits, '-', '_', '.', ':'). */
export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'must be 1 to 128 letters, digits, "-", "_", "." or ":"');

export const ActionIdSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/, 'not an action id');

export const MessageBodySchema = z
  .object({
    from: z.enum(['customer', 'agent']),
    text: z.string().trim().min(1).max(MAX_MESSAGE_CHARS),
  })
  .strict();

export const ActionBodySchema = z.object({ note: z.string().trim().min(1).max(2000).optional() }).strict();

export const DraftCheckBodySchema = z.object({ text: z.string().min(1).max(MAX_MESSAGE_CHARS) }).strict();

export const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
