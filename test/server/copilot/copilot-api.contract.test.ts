import { z } from 'zod';
import { SuggestionSchema } from '../../../src/copilot/suggestion';
import { COPILOT_KEY, startCopilotServer, type CopilotTestServer } from './copilot-test-server';

const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const ActionAnswer = z.object({ result: z.object({ caseReference: z.string() }), suggestion: SuggestionSchema });

let server: CopilotTestServer;
beforeAll(async () => {
  server = await startCopilotServer();
}, 60_000);
afterAll(() => server.close());

const say = (session: string, from: 'customer' | 'agent', text: string) => server.call('POST', `/api/copilot/sessions/${session}/messages`, { from, text });
const suggestion = async (session: string, from: 'customer' | 'agent', text: string) => {
  const answer = await say(session, from, text);
  expect(answer.status).toBe(200);
  return SuggestionSchema.parse(answer.body);
};

describe('copilot API: keys and errors', () => {
  test('a missing or wrong key answers 401 with the error body, and the right key (any of the configured ones) is let in', async () => {
    for (const key of [null, 'wrong-key', `${COPILOT_KEY}x`, '']) {
      const answer = await server.call('POST', '/api/copilot/sessions/desk-1/messages', { from: 'customer', text: 'hi' }, key);
      expect(answer.status).toBe(401);
      expect(ErrorBody.parse(answer.body).error.code).toBe('unauthorized');
    }
    expect((await server.call('POST', '/api/copilot/sessions/desk-1/messages', { from: 'customer', text: 'hi' }, 'other-key')).status).toBe(200);
  });

  test('invalid bodies and session ids answer 400 with { error: { code, message } }', async () => {
    const invalid = [
      await server.call('POST', '/api/copilot/sessions/desk-2/messages', { from: 'bot', text: 'hi' }),
      await server.call('POST', '/api/copilot/sessions/desk-2/messages', { from: 'customer' }),
      await server.call('POST', '/api/copilot/sessions/desk-2/messages', { from: 'customer', text: '   ' }),
      await server.call('POST', '/api/copilot/sessions/desk-2/messages', '{"from": "customer", "text": '),
      await server.call('POST', `/api/copilot/sessions/${'x'.repeat(129)}/messages`, { from: 'customer', text: 'hi' }),
      await server.call('GET', '/api/copilot/sessions/desk%202'),
      await server.call('POST', '/api/copilot/sessions/desk-2/draft-check', { draft: 'hello' }),
    ];
    expect(invalid.map((answer) => answer.status)).toEqual(invalid.map(() => 400));
    for (const answer of invalid) {
      expect(ErrorBody.parse(answer.body).error.message).not.toBe('');
    }
  });

  test('an unknown session answers 404 on GET, draft-check and actions', async () => {
    expect((await server.call('GET', '/api/copilot/sessions/never-seen')).status).toBe(404);
    expect((await server.call('POST', '/api/copilot/sessions/never-seen/draft-check', { text: 'hi' })).status).toBe(404);
    expect((await server.call('POST', '/api/copilot/sessions/never-seen/actions/open_marketplace_ticket', {})).status).toBe(404);
  });

  test('a session is forgotten after COPILOT_SESSION_TTL_MINUTES (240) without a call; each call restarts the clock', async () => {
    await suggestion('ttl-1', 'customer', 'where is my order?');
    server.clock.advance(200 * 60_000);
    expect((await server.call('GET', '/api/copilot/sessions/ttl-1')).status).toBe(200);
    server.clock.advance(200 * 60_000);
    expect((await server.call('GET', '/api/copilot/sessions/ttl-1')).status).toBe(200);
    server.clock.advance(241 * 60_000);
    const expired = await server.call('GET', '/api/copilot/sessions/ttl-1');
    expect(expired.status).toBe(404);
    expect(ErrorBody.parse(expired.body).error.code).toBe('unknown_session');
  });
});

describe('copilot API off', () => {
  test('with no COPILOT_API_KEYS every copilot route answers 404, the OpenAPI document too, even with a key', async () => {
    const off = await startCopilotServer({});
    try {
      expect((await off.call('GET', '/api/copilot/openapi.json', undefined, null)).status).toBe(404);
      expect((await off.call('POST', '/api/copilot/sessions/desk-1/messages', { from: 'customer', text: 'hi' })).status).toBe(404);
      expect((await off.call('GET', '/api/copilot/sessions/desk-1')).status).toBe(404);
    } finally {
      await off.close();
    }
  }, 60_000);
});

describe('copilot API: a missing-parcel conversation', () => {
  test('no order data before verification; then the steps, the tips, the investigation action (idempotent) and a 409', async () => {
    const first = await suggestion('mp-1', 'customer', "hi, my parcel says delivered but it's not here");
    expect(first.step).toBe('collect_details');
    expect(first.order).toBeNull();
    expect(first.actions).toEqual([]);
    expect(first.suggestedReply).toMatch(/order number/i);
    expect(first.guidance.join(' ')).toMatch(/Verify before disclosing/);

    const wrong = await suggestion('mp-1', 'customer', '4000123462 someone.else@example.com');
    expect(wrong.order).toBeNull();
    expect(JSON.stringify(wrong)).not.toMatch(/36LB45007719|Noah|Anko|auspost|delivered on/i);

    const tips = await suggestion('mp-1', 'customer', 'noah.williams@example.com');
    expect(tips.step).toBe('escalate');
    expect(tips.order).toMatchObject({ orderNumber: '4000123462', verified: true, shipments: [{ trackingNumber: '36LB45007719', status: 'delivered' }] });
    expect(tips.suggestedReply).toMatch(/neighbours/);
    expect(tips.suggestedReply).not.toMatch(/\*\*|\]\(/);
    expect(tips.checklist.find((c) => c.id === 'check_order')?.done).toBe(true);
    expect(tips.checklist.find((c) => c.id === 'provide_tracking')?.done).toBe(false);
    expect(tips.actions.map((a) => a.id)).toEqual(['open_missing_parcel_investigation']);

    const told = await suggestion('mp-1', 'agent', 'Your tracking number is 36LB45007719. Could you check with the neighbours?');
    expect(told.checklist.find((c) => c.id === 'provide_tracking')?.done).toBe(true);

    expect((await server.call('POST', '/api/copilot/sessions/mp-1/actions/open_marketplace_ticket', {})).status).toBe(409);
    const opened = ActionAnswer.parse((await server.call('POST', '/api/copilot/sessions/mp-1/actions/open_missing_parcel_investigation', { note: 'Customer checked with neighbours' })).body);
    expect(opened.result.caseReference).toMatch(/^MP-/);
    expect(opened.suggestion.cases).toEqual([expect.objectContaining({ reference: opened.result.caseReference, kind: 'missing_parcel_investigation', status: 'open' })]);
    expect(opened.suggestion.actions).toEqual([]);
    expect(opened.suggestion.suggestedReply).toContain(`Your reference is ${opened.result.caseReference}`);
    expect(opened.suggestion.checklist.find((c) => c.id === 'escalate')?.done).toBe(true);

    const again = ActionAnswer.parse((await server.call('POST', '/api/copilot/sessions/mp-1/actions/open_missing_parcel_investigation', {})).body);
    expect(again.result.caseReference).toBe(opened.result.caseReference);
    expect(again.suggestion.cases).toHaveLength(1);

    // The machine recorded the agent's case: saying again that it is missing is answered with that case, not a second one.
    const answered = await suggestion('mp-1', 'customer', "it says delivered but it isn't here");
    expect(answered.suggestedReply).toContain(opened.result.caseReference);
    expect(answered.cases).toHaveLength(1);
    expect(answered.actions).toEqual([]);
  }, 30_000);
});
