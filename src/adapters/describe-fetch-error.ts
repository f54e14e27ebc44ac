/**
 * fetch hides the useful part (ECONNREFUSED, other side closed) in `cause`.
 * Checked by shape, not instanceof: fetch's errors may come from another realm (e.g. jest's sandbox).
 */
export function describeFetchError(error: unknown): string {
  const message = messageOf(error);
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  if (cause === undefined || messageOf(cause) === undefined) return message ?? String(error);
  const code = typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? ` ${cause.code}` : '';
  return `${message ?? String(error)} (${messageOf(cause)}${code})`;
}

function messageOf(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string'
    ? value.message
    : undefined;
}
