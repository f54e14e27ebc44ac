/** An order or a customer's five orders is a few KB; anything near this is a fault (or an attack), never a real answer. */
export const OMS_MAX_BODY_BYTES = 1024 * 1024;

export type CappedBody = { kind: 'read'; text: string } | { kind: 'too_large'; bytes: number };

/**
 * Reads a response body as text, giving up (and cancelling the stream) as
 * soon as it passes `maxBytes`: `response.text()` would buffer whatever the
 * other side sends, and three 60 MB answers once took the process to 536 MB.
 */
export async function readCappedBody(response: Response, maxBytes: number): Promise<CappedBody> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'too_large', bytes: declared };
  }
  if (response.body === null) return { kind: 'read', text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too_large', bytes };
    }
    chunks.push(value);
  }
  return { kind: 'read', text: Buffer.concat(chunks).toString('utf8') };
}
