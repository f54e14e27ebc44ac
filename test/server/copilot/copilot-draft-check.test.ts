import { z } from 'zod';
import { SuggestionSchema } from '../../../src/copilot/suggestion';
import { startCopilotServer, type CopilotTestServer } from './copilot-test-server';

const Findings = z.object({ findings: z.array(z.object({ severity: z.enum(['block', 'warn']), code: z.string(), message: z.string().min(20) })) });

let server: CopilotTestServer;
let window: { from: string; to: string };
beforeAll(async () => {
  server = await startCopilotServer();
  await server.call('POST', '/api/copilot/sessions/unverified/messages', { from: 'customer', text: 'where is my parcel?' });
  const verified = SuggestionSchema.parse(
    (await server.call('POST', '/api/copilot/sessions/verified/messages', { from: 'customer', text: '4000123456 sam.nguyen@example.com' })).body,
  );
  const expected = verified.order?.shipments[0]?.expectedDelivery;
  if (!expected) throw new Error('the on-time fixture should have a delivery window');
  window = expected;
}, 60_000);
afterAll(() => server.close());

async function codesFor(session: string, text: string): Promise<string[]> {
  const answer = await server.call('POST', `/api/copilot/sessions/${session}/draft-check`, { text });
  expect(answer.status).toBe(200);
  return Findings.parse(answer.body).findings.map((f) => `${f.severity}:${f.code}`);
}

/** 1 Dec 2026 style, as an agent would type it. */
const written = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-AU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('draft check: each rule with a draft that passes and one that is flagged', () => {
  test('order details while the customer is not verified are blocked; asking for details is fine', async () => {
    expect(await codesFor('unverified', "Could you send me your order number and the email you used at checkout?")).toEqual([]);
    expect(await codesFor('unverified', 'It was shipped with Australia Post, tracking 36LB45032230.')).toEqual(['block:unverified_order_details']);
  });

  test("a tracking number that is not the order's is blocked; the order's own passes", async () => {
    expect(await codesFor('verified', 'Your tracking number is 36LB45032230.')).toEqual([]);
    expect(await codesFor('verified', 'Your tracking number is 36LB99999999.')).toEqual(['block:tracking_number_mismatch']);
  });

  test('a carrier that does not carry the order is flagged', async () => {
    expect(await codesFor('verified', 'It is travelling with Australia Post.')).toEqual([]);
    expect(await codesFor('verified', 'It is travelling with Aramex.')).toEqual(['warn:carrier_mismatch']);
  });

  test('"delivered" for a parcel still on its way is flagged', async () => {
    expect(await codesFor('verified', "It's on its way to you.")).toEqual([]);
    expect(await codesFor('verified', 'Your parcel has been delivered.')).toEqual(['warn:status_not_delivered']);
  });

  test('a promised date inside the window passes; one outside it is flagged', async () => {
    expect(await codesFor('verified', `It should be with you by ${written(window.to)}.`)).toEqual([]);
    const late = new Date(new Date(`${window.to}T00:00:00Z`).getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    expect(await codesFor('verified', `It will arrive on ${written(late)}.`)).toEqual(['warn:date_outside_window']);
  });

  test("another customer's email or phone is blocked; the customer's own passes", async () => {
    expect(await codesFor('verified', "I'll email you at sam.nguyen@example.com.")).toEqual([]);
    expect(await codesFor('verified', "I'll email you at priya.sharma@example.com.")).toEqual(['block:other_customer_contact']);
    expect(await codesFor('verified', 'We will call 0498 765 432.')).toEqual(['block:other_customer_contact']);
  });

  test('a refund promised with no case open is flagged', async () => {
    expect(await codesFor('verified', 'If it does not arrive, let me know and I can look into options.')).toEqual([]);
    expect(await codesFor('verified', 'Your refund has been approved.')).toEqual(['warn:refund_without_case']);
  });
});
