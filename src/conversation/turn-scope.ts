import type { CallContext } from '../ports/call-context';

/**
 * What the ports serving one turn may need to know about it, without the
 * machine carrying it: who is asking (for the guessing limits), the request
 * it serves (its id reaches the order system and the log lines) and effects
 * to apply only once the turn is saved. A turn that loses a save race runs
 * again; effects deferred here then happen once, for the run that counted.
 */
export interface TurnScope extends CallContext {
  /** The channel user or signed-in customer asking; null when the channel does not say. */
  requester: string | null;
  /** Absent when the caller has no save to wait for (the copilot's sessions): such effects then happen at once. */
  afterSave?: Array<() => Promise<void>>;
}

/*
 * The procedure's injected actors are started by xstate, not by us, so the
 * scope cannot be handed to them as an argument. Every actor of one turn
 * shares that turn's actor system (xstate gives it to each invoked actor),
 * so the scope is looked up by it.
 */
const scopes = new WeakMap<object, TurnScope>();

export function bindTurnScope(actorSystem: object, scope: TurnScope): void {
  scopes.set(actorSystem, scope);
}

/** The scope of the turn whose actor system this is; undefined outside one (a test driving the machine directly). */
export function turnScopeOf(actorSystem: object): TurnScope | undefined {
  return scopes.get(actorSystem);
}

/** Runs `effect` once the turn is saved, or now when there is no turn scope to wait for. */
export async function afterTurnSaved(scope: TurnScope | undefined, effect: () => Promise<void>): Promise<void> {
  if (scope?.afterSave) scope.afterSave.push(effect);
  else await effect();
}
