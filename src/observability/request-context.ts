import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { TurnScope } from '../conversation/turn-scope';

/**
 * What belongs to the request being served, carried through every await of it
 * (the turn, the order system call, each log line) without passing it by hand:
 * its id, and the scope of the turn it runs (conversation/turn-scope.ts).
 * One store for both: each AsyncLocalStorage in use adds its own work to every
 * promise the process creates.
 */
interface RequestContext {
  readonly requestId?: string;
  readonly turn?: TurnScope;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A caller's id is kept when it looks like one (so their logs and ours line up); anything else gets a fresh one. */
const ACCEPTABLE_ID = /^[\w.:-]{1,100}$/;

export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && ACCEPTABLE_ID.test(header) ? header : randomUUID();
}

/** Runs `run` with `patch` over the current context (a turn inside a request keeps the request's id). */
export function runInRequestContext<T>(patch: RequestContext, run: () => T): T {
  return storage.run({ ...storage.getStore(), ...patch }, run);
}

export function runWithRequestId<T>(requestId: string, run: () => T): T {
  return runInRequestContext({ requestId }, run);
}

/** undefined outside a request (start-up, timers of their own). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** The scope of the turn being run; undefined outside one. */
export function currentTurn(): TurnScope | undefined {
  return storage.getStore()?.turn;
}
