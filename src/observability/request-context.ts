import { randomUUID } from 'node:crypto';
import type { CallContext } from '../ports/call-context';

/*
 * The id of the request being served: it reaches the order system
 * (X-Request-Id) and the log lines written for the request. It is passed by
 * hand, from the HTTP request to the turn and from the turn to the ports,
 * not carried by an AsyncLocalStorage: on Node 20 that turns on promise hooks
 * for every promise in the process, 5-13% of the server's turns per second
 * under load (docs/performance-and-operations.md, seventh pass).
 */

/** A caller's id is kept when it looks like one (so their logs and ours line up); anything else gets a fresh one. */
const ACCEPTABLE_ID = /^[\w.:-]{1,100}$/;

export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && ACCEPTABLE_ID.test(header) ? header : randomUUID();
}

const requestIds = new WeakMap<object, string>();

/** Set once per HTTP request by the server (create-server.ts), and for the activity a turn is made with (checked-body-adapter.ts). */
export function rememberRequestId(request: object, requestId: string): void {
  requestIds.set(request, requestId);
}

/** The fields a log line about this request carries: its id, when there is one. */
export function requestFields(context: CallContext | undefined): { requestId?: string } {
  return context?.requestId === undefined ? {} : { requestId: context.requestId };
}

/** The call context of a request (or activity) remembered above: its id, for the ports it leads to; empty for one never seen. */
export function callContextOf(request: object): CallContext {
  const requestId = requestIds.get(request);
  return requestId === undefined ? {} : { requestId };
}
