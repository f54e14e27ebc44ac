import pino from 'pino';
import { z } from 'zod';
import { OmsHttpClient } from '../../src/adapters/oms-http-client';
import { respond, startScriptedHttpServer, type ScriptedHttpServer } from '../support/scripted-http-server';

const Doc = z.object({ orderNumber: z.string() }).loose();

let oms: ScriptedHttpServer;
let elsewhere: ScriptedHttpServer;

beforeEach(async () => {
  oms = await startScriptedHttpServer();
  elsewhere = await startScriptedHttpServer();
});

afterEach(async () => {
  await oms.close();
  await elsewhere.close();
});

function clientLoggingTo(lines: string[], maxBodyBytes?: number): OmsHttpClient {
  return new OmsHttpClient({
    baseUrl: oms.baseUrl,
    token: 'oms-secret-token',
    timeoutMs: 2000,
    maxRetries: 2,
    backoff: { initialDelayMs: 1, maxDelayMs: 5 },
    breaker: { threshold: 100, halfOpenAfterMs: 60_000 },
    logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
}

describe('OmsHttpClient hardening', () => {
  it('does not follow a redirect to another host: the lookup is unavailable, logged, and the other host never sees the token', async () => {
    const lines: string[] = [];
    oms.otherwise(respond.status(302, { location: `${elsewhere.baseUrl}/orders/4000123456` }));
    elsewhere.otherwise(respond.json(200, { orderNumber: '4000123456' }));

    const result = await clientLoggingTo(lines).getJson({ path: ['orders', '4000123456'] }, Doc);

    expect(result).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('redirect') });
    expect(elsewhere.requests).toHaveLength(0);
    expect(oms.requests).toHaveLength(1); // a redirect is a fault, not a passing failure: no retries
    expect(lines.join('\n')).toContain('OMS lookup failed');
  });

  it('abandons a body over the size limit and reports invalid_response (even without Content-Length)', async () => {
    const lines: string[] = [];
    oms.otherwise((res) => {
      // Chunked, so only counting while reading can stop it.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      res.write(`{"orderNumber":"4000123456","pad":"`);
      for (let i = 0; i < 40; i += 1) res.write(chunk);
      res.end('"}');
    });

    const result = await clientLoggingTo(lines, 256 * 1024).getJson({ path: ['orders', '4000123456'] }, Doc);

    expect(result).toMatchObject({ kind: 'invalid_response', reason: expect.stringContaining('limit') });
    expect(oms.requests).toHaveLength(1);
    expect(lines.join('\n')).toContain('OMS lookup failed');
  });

  it('refuses a declared Content-Length over the limit without reading it', async () => {
    oms.otherwise(respond.json(200, { orderNumber: '4000123456', pad: 'y'.repeat(2 * 1024 * 1024) }));
    const result = await clientLoggingTo([]).getJson({ path: ['orders', '4000123456'] }, Doc);
    expect(result).toMatchObject({ kind: 'invalid_response' });
  });

  it('still reads a normal answer under the limit', async () => {
    oms.otherwise(respond.json(200, { orderNumber: '4000123456' }));
    const result = await clientLoggingTo([]).getJson({ path: ['orders', '4000123456'] }, Doc);
    expect(result).toEqual({ kind: 'found', value: { orderNumber: '4000123456' } });
  });
});
