import { errors, jwtVerify } from 'jose';

export interface CustomerTokenOptions {
  /** The site's HMAC key (HS256); at least 32 bytes. */
  secret: string;
  issuer: string;
  audience: string;
}

export type CustomerTokenReading = { kind: 'signed_in'; customerId: string } | { kind: 'ignored'; reason: string };

/**
 * The web page vouches for a signed-in customer with a short-lived token it
 * signs. An unsigned, expired or forged token is ignored (the customer is then
 * asked for their details like anyone else), never trusted.
 */
export class CustomerTokenVerifier {
  private readonly key: Uint8Array;

  constructor(private readonly options: CustomerTokenOptions) {
    this.key = new TextEncoder().encode(options.secret);
  }

  async read(token: unknown): Promise<CustomerTokenReading> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return { kind: 'ignored', reason: 'no token' };
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) return { kind: 'ignored', reason: 'no subject' };
      return { kind: 'signed_in', customerId: payload.sub };
    } catch (error) {
      if (error instanceof errors.JOSEError) return { kind: 'ignored', reason: error.code };
      throw error;
    }
  }
}
