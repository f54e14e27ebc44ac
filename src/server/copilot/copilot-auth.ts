import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Checks an Authorization header against the configured keys. Keys are
 * compared as SHA-256 digests with timingSafeEqual (equal lengths, constant
 * time), every key is tried whatever matched, and no key is ever logged.
 */
export function bearerKeyCheck(keys: readonly string[]): (authorization: string | undefined) => boolean {
  const digests = keys.map(digest);
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const given = digest(match?.[1] ?? '');
    let ok = false;
    for (const key of digests) ok = timingSafeEqual(key, given) || ok;
    return ok && match !== null;
  };
}
