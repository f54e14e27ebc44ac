import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the ports serving one turn may need to know about it, without the
 * machine carrying it: who is asking (for the guessing limits) and effects
 * to apply only once the turn is saved. A turn that loses a save race runs
 * again; effects deferred here then happen once, for the run that counted.
 */
export interface TurnScope {
  /** The channel user or signed-in customer asking; null when the channel does not say. */
  requester: string | null;
  afterSave: Array<() => Promise<void>>;
}

// AsyncLocalStorage carries the scope from the use case into the procedure's injected actors, which xstate starts inside the turn's own calls.
const storage = new AsyncLocalStorage<TurnScope>();

export function runInTurnScope<T>(scope: TurnScope, run: () => Promise<T>): Promise<T> {
  return storage.run(scope, run);
}

/** The scope of the turn being run; undefined outside one (a test driving the machine directly). */
export function currentTurnScope(): TurnScope | undefined {
  return storage.getStore();
}

/** Runs `effect` once the turn is saved, or now when there is no turn scope to wait for. */
export async function afterTurnSaved(effect: () => Promise<void>): Promise<void> {
  const scope = storage.getStore();
  if (scope) scope.afterSave.push(effect);
  else await effect();
}
