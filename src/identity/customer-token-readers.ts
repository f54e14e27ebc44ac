import type { CustomerTokenReading, CustomerTokenVerifier } from './customer-token-verifier';

/** What the bot needs of a verifier: read a token the page sent. */
export type CustomerTokenReader = Pick<CustomerTokenVerifier, 'read'>;

/**
 * A token signs the customer in when any of the keys accepts it: the site's
 * key, and on a development server the key the development page signs with,
 * which is made up at start-up so the site's key never signs a pretend sign-in.
 * null when there is no key at all (everyone verifies with details).
 */
export function anyOfTokenReaders(readers: readonly CustomerTokenReader[]): CustomerTokenReader | null {
  const [only, ...others] = readers;
  if (only === undefined) return null;
  if (others.length === 0) return only;
  return {
    read: async (token) => {
      let last: CustomerTokenReading = { kind: 'ignored', reason: 'no token' };
      for (const reader of readers) {
        last = await reader.read(token);
        if (last.kind === 'signed_in') return last;
      }
      return last;
    },
  };
}
