import type { TurnContext } from 'botbuilder';
import { callContextOf } from '../observability/request-context';
import type { CallContext } from '../ports/call-context';

/**
 * The request a turn serves (set by the server's CheckedBodyAdapter.runTurn), for the ports it calls and as the
 * fields of a log line about the turn; empty for a turn made elsewhere (tests, TestAdapter).
 */
export function turnCallContext(context: TurnContext): CallContext {
  return callContextOf(context.activity);
}
