import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The id of the HTTP request being served, carried through every await of it
 * (the turn, the order system call, each log line) without passing it by hand.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();

/** A caller's id is kept when it looks like one (so their logs and ours line up); anything else gets a fresh one. */
const ACCEPTABLE_ID = /^[\w.:-]{1,100}$/;

export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && ACCEPTABLE_ID.test(header) ? header : randomUUID();
}

export function runWithRequestId<T>(requestId: string, run: () => T): T {
  return storage.run({ requestId }, run);
}

/** undefined outside a request (start-up, timers of their own). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
