import { setImmediate } from 'node:timers/promises';

/**
 * What every in-memory adapter awaits before it reads or writes: it answers in
 * a later turn of the event loop, as Redis and PostgreSQL do. Turns of
 * different conversations then interleave at the same points in development
 * and tests as in production. Under load, the turns' stages also run in
 * batches (every turn's load, then every turn's save), not each turn start to
 * end inside its socket's callback. That measured 17-22% more turns/s
 * (docs/performance-and-operations.md).
 */
export function answerLater(): Promise<void> {
  return setImmediate();
}
