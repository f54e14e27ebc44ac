import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { buildSupportServices } from '../../src/composition/build-support-services';
import { loadConfig } from '../../src/config/load-config';
import { systemClock } from '../../src/adapters/system-clock';
import { respond, startScriptedHttpServer, type ScriptedHttpServer } from '../support/scripted-http-server';

/** The contract's example order, as the order system would send it (fixture times, unshifted). */
const SAMS_ORDER: unknown = JSON.parse(readFileSync(join(__dirname, '../../fixtures/orders/4000123456-on-time-in-transit.json'), 'utf8'));

describe('ORDER_SOURCE=http: the procedure reads orders from the order system over HTTP', () => {
  let oms: ScriptedHttpServer;

  beforeEach(async () => {
    oms = await startScriptedHttpServer();
  });
  afterEach(() => oms.close());

  async function services() {
    const config = loadConfig({ ORDER_SOURCE: 'http', ORDER_API_URL: oms.baseUrl, ORDER_API_TOKEN: 'secret-token', LOG_LEVEL: 'silent' });
    return buildSupportServices(config, systemClock, pino({ level: 'silent' }));
  }

  test('a verified customer gets their order as the order system has it', async () => {
    oms.otherwise(respond.json(200, SAMS_ORDER));
    const { conversations, fixtures } = await services();
    expect(fixtures).toBeNull();
    const outcome = await conversations.say('http-1', '4000123456 sam.nguyen@example.com');
    expect(outcome.replies.map((r) => r.key)).toContain('order_status');
    expect(oms.requests[0]?.url).toBe('/api/v1/orders/4000123456');
    expect(oms.requests[0]?.headers.authorization).toBe('Bearer secret-token');
  });

  test('an order system that is down is never reported as "no such order"', async () => {
    oms.otherwise(respond.status(500));
    const { conversations } = await services();
    const outcome = await conversations.say('http-2', '4000123456 sam.nguyen@example.com');
    expect(outcome.replies.map((r) => r.key)).toEqual(['order_system_unavailable']);
  });
});
