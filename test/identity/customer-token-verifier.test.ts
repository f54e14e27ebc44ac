import { SignJWT, UnsecuredJWT } from 'jose';
import { CustomerTokenVerifier } from '../../src/identity/customer-token-verifier';

const SECRET = 'a-signing-key-of-the-web-site-32-chars!';
const OPTIONS = { secret: SECRET, issuer: 'https://www.kmart.com.au', audience: 'kmart-order-support-bot' };
const verifier = new CustomerTokenVerifier(OPTIONS);

function token(claims: { sub?: string; iss?: string; aud?: string; expiresIn?: string | number }, key = SECRET): Promise<string> {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  jwt.setIssuer(claims.iss ?? OPTIONS.issuer).setAudience(claims.aud ?? OPTIONS.audience);
  if (claims.expiresIn !== undefined) jwt.setExpirationTime(claims.expiresIn);
  return jwt.sign(new TextEncoder().encode(key));
}

describe('CustomerTokenVerifier', () => {
  test('a token the site signed, not yet expired, signs the customer in', async () => {
    expect(await verifier.read(await token({ sub: 'CUST-100001', expiresIn: '5m' }))).toEqual({ kind: 'signed_in', customerId: 'CUST-100001' });
  });

  test.each([
    ['expired', () => token({ sub: 'CUST-100001', expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ['forged (signed with another key)', () => token({ sub: 'CUST-100001', expiresIn: '5m' }, 'someone-else-s-key-of-32-characters!!')],
    ['for another audience', () => token({ sub: 'CUST-100001', aud: 'another-app', expiresIn: '5m' })],
    ['from another issuer', () => token({ sub: 'CUST-100001', iss: 'https://evil.example', expiresIn: '5m' })],
    ['without expiry', () => token({ sub: 'CUST-100001' })],
    ['without subject', () => token({ expiresIn: '5m' })],
    ['unsigned (alg none)', async () => new UnsecuredJWT({ sub: 'CUST-100001' }).setIssuer(OPTIONS.issuer).setAudience(OPTIONS.audience).setExpirationTime('5m').encode()],
    ['not a token at all', async () => 'hello'],
  ])('a token that is %s is ignored, never trusted', async (_name, make) => {
    expect((await verifier.read(await make())).kind).toBe('ignored');
  });

  test('anything that is not a string is ignored', async () => {
    expect((await verifier.read({ sub: 'CUST-100001' })).kind).toBe('ignored');
    expect((await verifier.read(undefined)).kind).toBe('ignored');
  });
});
