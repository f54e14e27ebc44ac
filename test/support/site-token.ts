import { SignJWT } from 'jose';

/** A token as the retailer's site signs it for a signed-in customer (HS256, the default issuer and audience, 5 minutes). */
export function signSiteToken(key: string, customerId: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(customerId)
    .setIssuer('https://www.kmart.com.au')
    .setAudience('kmart-order-support-bot')
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(key));
}
