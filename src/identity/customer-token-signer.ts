import { SignJWT } from 'jose';
import type { CustomerTokenOptions } from './customer-token-verifier';

/**
 * What the retailer's web site does for a signed-in customer. The bot itself
 * only signs tokens for its development page, so the signed-in path can be
 * tried by hand without the real site.
 */
export function signCustomerToken(options: CustomerTokenOptions, customerId: string, lifetimeSeconds = 15 * 60): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(customerId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(new TextEncoder().encode(options.secret));
}
