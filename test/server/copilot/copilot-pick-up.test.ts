import { SuggestionSchema } from '../../../src/copilot/suggestion';
import { DirectLineTestClient } from '../support/direct-line-client';
import { startCopilotServer, type CopilotTestServer } from './copilot-test-server';

let server: CopilotTestServer;
beforeAll(async () => {
  server = await startCopilotServer();
}, 60_000);
afterAll(() => server.close());

/** The copilot session appears once the bot's turn that handed over has run. */
async function sessionOnceHandedOver(conversationId: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const answer = await server.call('GET', `/api/copilot/sessions/${encodeURIComponent(conversationId)}`);
    if (answer.status === 200) return SuggestionSchema.parse(answer.body);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no copilot session after the handoff');
}

describe('picking up a conversation from the customer bot (contract v1.1)', () => {
  test('after a verified customer asks for a person in Web Chat, the agent continues with the order, transcript and cases', async () => {
    const chat = await DirectLineTestClient.generate(server.baseUrl);
    expect((await chat.startConversation()).status).toBe(201);
    await chat.postMessage('4000123471 zoe.campbell@example.com');
    await chat.postMessage('can I talk to a person please');

    const picked = await sessionOnceHandedOver(chat.conversationId);
    expect(picked.order).toMatchObject({ orderNumber: '4000123471', verified: true });
    expect(picked.suggestedReply).toMatch(/taking over/);
    expect(picked.suggestedReply).toContain('4000123471');
    expect(picked.suggestedReply).not.toMatch(/order number, and the email/);
    expect(picked.guidance.join(' ')).toMatch(/Handed over by the chat assistant/);
    expect(picked.guidance.join(' ')).toMatch(/Marketplace seller/);
    expect(picked.actions.map((a) => a.label).join(' ')).toMatch(/Open Marketplace support ticket/);

    // The agent carries on with the same machine: no second request for details.
    const next = SuggestionSchema.parse(
      (await server.call('POST', `/api/copilot/sessions/${encodeURIComponent(chat.conversationId)}/messages`, { from: 'customer', text: 'when will it arrive?' })).body,
    );
    expect(next.order?.orderNumber).toBe('4000123471');
    expect(next.suggestedReply).not.toMatch(/what's your order number/i);
    expect(next.suggestedReply).toMatch(/seller|arrive|timeframe/i);
  }, 30_000);

  test('a conversation that was never handed over has no copilot session', async () => {
    const chat = await DirectLineTestClient.generate(server.baseUrl);
    await chat.startConversation();
    await chat.postMessage('where is my order?');
    expect((await server.call('GET', `/api/copilot/sessions/${encodeURIComponent(chat.conversationId)}`)).status).toBe(404);
  }, 30_000);
});
