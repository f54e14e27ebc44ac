/**
 * The state a desk reports in a handoff.status event ("accepted", "failed",
 * "completed"), and nothing else: the rest of the value is the desk's free
 * text (agent names, notes quoting the customer), which the logs must not carry.
 */
export function handoffStateOf(value: unknown): string {
  const state: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'state') : undefined;
  return typeof state === 'string' && /^[a-z_]{1,30}$/i.test(state) ? state : 'unknown';
}
