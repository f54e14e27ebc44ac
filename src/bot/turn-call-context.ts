import type { TurnContext } from 'botbuilder';
import { callContextOf, requestFields } from '../observability/request-context';
import type { CallContext } from '../ports/call-context';

/** The request a turn serves (set by the server's CheckedBodyAdapter.runTurn); empty for a turn made elsewhere (tests, TestAdapter). */
export function turnCallContext(context: TurnContext): CallContext {
  return callContextOf(context.activity);
}

/** The fields a log line about this turn carries: its request id, when there is one. */
export function turnLogFields(context: TurnContext): { requestId?: string } {
  return requestFields(turnCallContext(context));
}
