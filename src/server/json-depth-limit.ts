import type { Next, Request, Response } from 'restify';
import { sendError } from './send-error';

/** A Bot Framework activity (cards and channel data included) nests a dozen levels; nothing legitimate comes near this. */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The deepest nesting of objects and arrays in a JSON text, counted on the raw
 * bytes (brackets inside strings do not count). Stops as soon as `limit` is
 * passed, so a 100,000-level body costs one short scan and no parsing.
 */
export function exceedsJsonDepth(body: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
}

/**
 * Runs between restify's body reader and its JSON parser. A deeply nested body
 * parses, but breaks whatever serialises it later (the conversation's
 * transcript, a log line) with a stack overflow: it is refused at the door.
 */
export function refuseDeeplyNestedJson(limit: number = MAX_JSON_DEPTH) {
  return (req: Request, res: Response, next: Next): void => {
    const body: unknown = req.body;
    const bytes = Buffer.isBuffer(body) ? body : typeof body === 'string' ? Buffer.from(body) : undefined;
    if (bytes !== undefined && exceedsJsonDepth(bytes, limit)) {
      sendError(res, 400, 'InvalidContent', `The JSON body nests deeper than ${limit} levels.`);
      next(false);
      return;
    }
    next();
  };
}
