import { HttpCarrierAlertSource } from '../../src/adapters/http-carrier-alert-source';
import { OmsHttpClient } from '../../src/adapters/oms-http-client';
import { respond, startScriptedHttpServer, type ScriptedHttpServer } from '../support/scripted-http-server';

const stormAlert = {
  carrier: 'auspost',
  states: ['NSW', 'ACT'],
  headline: 'Severe weather delays',
  detail: 'Flooding on the Hume Highway is delaying parcels.',
  from: '2026-11-18T06:00:00+11:00',
  until: null,
  expectedDelayBusinessDays: 2,
};

let server: ScriptedHttpServer;
let source: HttpCarrierAlertSource;

beforeEach(async () => {
  server = await startScriptedHttpServer();
  source = new HttpCarrierAlertSource(
    new OmsHttpClient({ baseUrl: server.baseUrl, timeoutMs: 1000, maxRetries: 1, backoff: { initialDelayMs: 1, maxDelayMs: 5 } }),
  );
});

afterEach(async () => {
  await server.close();
});

describe('HttpCarrierAlertSource.alertsFor', () => {
  it('asks for the carrier and state as query parameters and returns the alerts', async () => {
    server.script(respond.json(200, { alerts: [stormAlert] }));

    const result = await source.alertsFor('auspost', 'NSW');

    expect(server.requests[0]?.url).toBe('/api/v1/carrier-alerts?carrier=auspost&state=NSW');
    expect(server.requests[0]?.headers.accept).toBe('application/json');
    expect(result).toEqual({ kind: 'found', alerts: [stormAlert] });
  });

  it('encodes an odd carrier code instead of letting it add parameters', async () => {
    server.script(respond.json(200, { alerts: [] }));

    await source.alertsFor('a&state=VIC', 'NSW');

    expect(server.requests[0]?.url).toBe('/api/v1/carrier-alerts?carrier=a%26state%3DVIC&state=NSW');
  });

  it('returns an empty list when there are no alerts', async () => {
    server.script(respond.json(200, { alerts: [] }));

    expect(await source.alertsFor('aramex', 'WA')).toEqual({ kind: 'found', alerts: [] });
  });

  it('returns invalid_response naming the field when an alert breaks the schema', async () => {
    server.script(respond.json(200, { alerts: [{ ...stormAlert, states: ['NZ'] }] }));

    const result = await source.alertsFor('auspost', 'NSW');

    expect(result).toEqual({ kind: 'invalid_response', reason: expect.stringContaining('alerts.0.states.0') });
  });

  it('treats a 404 as a broken contract rather than "no alerts"', async () => {
    server.script(respond.status(404));

    const result = await source.alertsFor('auspost', 'NSW');

    expect(result.kind).toBe('invalid_response');
  });

  it('reports unavailable when the OMS keeps answering 503', async () => {
    server.otherwise(respond.status(503));

    const result = await source.alertsFor('auspost', 'NSW');

    expect(result).toEqual({ kind: 'unavailable', reason: expect.stringContaining('HTTP 503') });
    expect(server.requests).toHaveLength(2);
  });
});
