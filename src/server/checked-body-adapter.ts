import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Response } from 'restify';
import { rememberRequestId } from '../observability/request-context';

/** A refusal by the adapter's own authentication (botframework-connector's AuthenticationError carries its status). */
export class AdapterAuthenticationError extends Error {
  constructor(
    readonly status: 401 | 403,
    options: { cause: unknown },
  ) {
    super('the Bot Framework adapter refused the request', options);
    this.name = 'AdapterAuthenticationError';
  }
}

function authenticationStatusOf(error: unknown): 401 | 403 | null {
  const status: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'statusCode') : undefined;
  return status === 401 || status === 403 ? status : null;
}

/** The SDK's own fix-up of a request body (botbuilder's validateAndFixActivity): its date fields as Dates, the text kept beside them. */
function withDates(activity: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fixed: Record<string, unknown> = { ...activity };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = fixed[field];
    if (typeof value === 'string') {
      fixed[raw] = value;
      fixed[field] = new Date(value);
    }
  }
  return fixed;
}

/**
 * A CloudAdapter for a route that has already checked the body
 * (incoming-activity-schema.ts). `process` would check it again, building
 * zod 3 schemas on every request and copying the body twice (about 20 KB
 * allocated per request). `runTurn` goes straight to the adapter's
 * `processActivity`, which still authenticates the request and creates the
 * turn as usual, and answers as `process` does: the bot's invoke response
 * (expectReplies, invoke), or 200.
 */
export class CheckedBodyAdapter extends CloudAdapter {
  /**
   * Refusals by the adapter's authentication throw AdapterAuthenticationError; other failures are the caller's to answer.
   * The request's id is remembered for the activity the turn's context is made with, so middleware and bot read it
   * from `context.activity` (turn-call-context.ts).
   */
  async runTurn(
    authorization: string,
    activity: Readonly<Record<string, unknown>>,
    res: Response,
    logic: (context: TurnContext) => Promise<void>,
    requestId?: string,
  ): Promise<void> {
    const fixed = withDates(activity);
    if (requestId !== undefined) rememberRequestId(fixed, requestId);
    // A record the schema let through: the SDK's Activity type is what its own `process` casts the same body to.
    const answer = await this.processActivity(authorization, fixed as unknown as Activity, logic).catch((error: unknown) => {
      const status = authenticationStatusOf(error);
      throw status === null ? error : new AdapterAuthenticationError(status, { cause: error });
    });
    res.status(answer?.status ?? 200);
    if (answer?.body !== undefined && answer.body !== null) res.send(answer.body);
    res.end();
  }
}
