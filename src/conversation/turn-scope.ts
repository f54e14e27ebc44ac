import { currentTurn, runInRequestContext } from '../observability/request-context';

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

// The request's context (one AsyncLocalStorage) carries the scope from the use case into the procedure's injected actors, which xstate starts inside the turn's own calls.
export function runInTurnScope<T>(scope: TurnScope, run: () => Promise<T>): Promise<T> {
  return runInRequestContext({ turn: scope }, run);
}

/** The scope of the turn being run; undefined outside one (a test driving the machine directly). */
export function currentTurnScope(): TurnScope | undefined {
  return currentTurn();
}

/** Runs `effect` once the turn is saved, or now when there is no turn scope to wait for. */
export async function afterTurnSaved(effect: () => Promise<void>): Promise<void> {
  const scope = currentTurn();
  if (scope) scope.afterSave.push(effect);
  else await effect();
}
