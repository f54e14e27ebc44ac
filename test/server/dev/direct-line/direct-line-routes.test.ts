import { ConversationTurnQueue } from '../../../../src/server/conversation-turn-queue';
import { DEFAULT_DIRECT_LINE_LIMITS } from '../../../../src/server/dev/direct-line/direct-line-store';
import { WELCOME_TEXT } from '../../../support/test-bot';
import { waitUntil } from '../../support/activities';
import { ConversationResourceSchema, DirectLineTestClient } from '../../support/direct-line-client';
import { startTestServer, type TestServer } from '../../support/start-test-server';

const texts = (activities: { type: string; text?: unknown }[]) =>
  activities.filter((a) => a.type === 'message').map((a) => a.text);

describe('development Direct Line endpoint', () => {
  let server: TestServer;
  const queue = new ConversationTurnQueue();

  beforeEach(async () => {
    server = await startTestServer({ turnQueue: queue });
  });
  afterEach(() => server.close());

  it('issues a conversation with a token and no streamUrl (polling only)', async () => {
    const response = await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
    expect(ConversationResourceSchema.parse(body).token.length).toBeGreaterThanOrEqual(32);
  });

  it('starts the conversation by telling the bot who joined, so its welcome is waiting for the client', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    const start = await client.startConversation();
    expect(start.status).toBe(201);
    expect(await start.json()).toEqual({ conversationId: client.conversationId, token: client.token, expires_in: 1800 });

    const { activities } = await client.activities();
    expect(texts(activities)).toEqual([WELCOME_TEXT]);
    expect(activities[0]).toMatchObject({ from: { id: 'dev-bot', role: 'bot' }, conversation: { id: client.conversationId } });
  });

  it('welcomes only once however often the conversation is started', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    await client.startConversation();
    await client.startConversation();
    await client.postMessage('hi');
    expect(texts((await client.activities()).activities)).toEqual([WELCOME_TEXT, 'hi', 'You said: hi']);
  });

  it('delivers a message to the bot and returns the echo of it and the reply after the watermark', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    await client.startConversation();
    const afterWelcome = (await client.activities()).watermark;

    const id = await client.postMessage('where is my order');
    const { activities, watermark } = await client.activities(afterWelcome);

    expect(activities).toEqual([
      expect.objectContaining({
        id,
        type: 'message',
        text: 'where is my order',
        from: { id: expect.stringMatching(/^dl_/), name: 'Sam', role: 'user' },
        channelId: 'directline',
        conversation: { id: client.conversationId },
        channelData: { clientActivityID: 'c-where is my order' },
      }),
      expect.objectContaining({ type: 'message', text: 'You said: where is my order', replyToId: id }),
    ]);
    expect(await client.activities(watermark)).toEqual({ activities: [], watermark });
  });

  it('delivers replies to the client even when the client asks for expectReplies', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    const response = await client.post({ type: 'message', text: 'sneaky', deliveryMode: 'expectReplies' });
    expect(response.status).toBe(200);
    expect(texts((await client.activities()).activities)).toEqual([WELCOME_TEXT, 'sneaky', 'You said: sneaky']);
  });

  it('tells the bot about the conversation even when the client posts without starting it first', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    await client.postMessage('straight in');
    expect(texts((await client.activities()).activities)).toEqual([WELCOME_TEXT, 'straight in', 'You said: straight in']);
  });

  it('passes the bot typing activities through to the client', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    await client.startConversation();
    await client.postMessage('slow 10');
    const types = (await client.activities()).activities.map((a) => (a.type === 'message' ? a.text : a.type));
    expect(types).toEqual([WELCOME_TEXT, 'slow 10', 'typing', 'done slow 10']);
  });

  it('runs two turns of one conversation one after the other', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    await client.startConversation();
    const first = client.postMessage('hold dl');
    await waitUntil(() => server.bot.isHolding('dl'));
    const second = client.postMessage('after');
    await waitUntil(() => queue.pendingFor(`directline:${client.conversationId}`) === 2);

    server.bot.release('dl');
    await Promise.all([first, second]);
    expect(server.bot.turnLog).toEqual(['start:hold dl', 'end:hold dl', 'start:after', 'end:after']);
  });

  it('apologises through Direct Line when the bot fails, and keeps working', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    await client.postMessage('boom');
    await client.postMessage('still there?');
    expect(texts((await client.activities()).activities)).toEqual([
      WELCOME_TEXT,
      'boom',
      'Sorry, something went wrong on our side. Please try that again.',
      'still there?',
      'You said: still there?',
    ]);
  });

  describe('refuses calls without the conversation token', () => {
    it('401 without an Authorization header', async () => {
      const client = await DirectLineTestClient.generate(server.baseUrl);
      const response = await fetch(`${server.baseUrl}/v3/directline/conversations/${client.conversationId}/activities`);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ code: 'Unauthorized', message: expect.stringMatching(/Bearer/) });
    });

    it('403 for a token nobody issued', async () => {
      const client = await DirectLineTestClient.generate(server.baseUrl);
      const response = await client.post({ type: 'message', text: 'hi' }, 'made-up-token');
      expect(response.status).toBe(403);
      expect(server.bot.turnLog).toEqual([]);
    });

    it("403 for another conversation's token", async () => {
      const mine = await DirectLineTestClient.generate(server.baseUrl);
      const theirs = await DirectLineTestClient.generate(server.baseUrl);
      await theirs.postMessage('private');
      const response = await theirs.poll(undefined, mine.token);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ code: 'Forbidden', message: expect.stringMatching(/not valid for this conversation/) });
    });

    it('401 when starting a conversation without a token', async () => {
      const response = await fetch(`${server.baseUrl}/v3/directline/conversations`, { method: 'POST' });
      expect(response.status).toBe(401);
    });
  });

  it('refreshes a token: the new one works and the old one no longer does', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    const response = await fetch(`${server.baseUrl}/v3/directline/tokens/refresh`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${client.token}` },
    });
    expect(response.status).toBe(200);
    const refreshed = ConversationResourceSchema.parse(await response.json());
    expect(refreshed.conversationId).toBe(client.conversationId);
    expect(refreshed.token).not.toBe(client.token);
    expect((await client.poll(undefined)).status).toBe(403);
    expect((await client.poll(undefined, refreshed.token)).status).toBe(200);
  });

  it.each([
    ['an activity without a type', { text: 'hi' }, /type: is required/],
    ['an unknown activity type', { type: 'transferMoney' }, /unknown activity type "transferMoney"/],
    ['a body that is not an object', [1, 2], /Invalid activity/],
  ])('answers 400 with a reason to %s', async (_name, body, reason) => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    const response = await client.post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'InvalidActivity', message: expect.stringMatching(reason) });
  });

  it('answers 400 to a watermark that is not a number', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    const response = await client.poll('abc');
    expect(response.status).toBe(400);
  });
});

describe('Direct Line connector routes (where the bot posts its replies)', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const connectorUrl = (path: string) => `${server.baseUrl}/v3/conversations${path}`;

  it('accepts an update and a delete of a bot activity, and lists the members', async () => {
    const client = await DirectLineTestClient.generate(server.baseUrl);
    await client.postMessage('hi');
    const reply = (await client.activities()).activities.find((a) => a.text === 'You said: hi');
    const replyId = encodeURIComponent(reply?.id ?? '');
    const conversationId = encodeURIComponent(client.conversationId);

    const update = await fetch(connectorUrl(`/${conversationId}/activities/${replyId}`), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'You said: hi (edited)' }),
    });
    expect(update.status).toBe(200);
    expect(await update.json()).toEqual({ id: reply?.id });
    expect(texts((await client.activities()).activities)).toContain('You said: hi (edited)');

    const members = await fetch(connectorUrl(`/${conversationId}/members`));
    expect(await members.json()).toEqual([
      expect.objectContaining({ id: 'dev-bot', role: 'bot' }),
      expect.objectContaining({ id: expect.stringMatching(/^dl_/), role: 'user' }),
    ]);

    const removal = await fetch(connectorUrl(`/${conversationId}/activities/${replyId}`), { method: 'DELETE' });
    expect(removal.status).toBe(200);
    expect(texts((await client.activities()).activities)).not.toContain('You said: hi (edited)');
  });

  it('answers 404 for a conversation it does not have', async () => {
    const response = await fetch(connectorUrl('/no-such-conversation/activities'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hello?' }),
    });
    expect(response.status).toBe(404);
  });
});

describe('Direct Line conversation limits over HTTP', () => {
  it('keeps only the newest activities of a long conversation', async () => {
    const server = await startTestServer({ directLineLimits: { ...DEFAULT_DIRECT_LINE_LIMITS, maxActivitiesPerConversation: 3 } });
    try {
      const client = await DirectLineTestClient.generate(server.baseUrl);
      await client.postMessage('one');
      await client.postMessage('two');
      const { activities } = await client.activities();
      expect(texts(activities)).toEqual(['You said: one', 'two', 'You said: two']);
    } finally {
      await server.close();
    }
  });
});

describe('Direct Line switched off', () => {
  it.each([
    ['by the directLine option', { directLine: false }],
    ['in production', { env: { NODE_ENV: 'production', ORDER_SOURCE: 'http', ORDER_API_URL: 'https://oms.example/api', MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }, directLine: true }],
    ['with authentication on', { env: { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }, directLine: true }],
    ['by DIRECT_LINE_DEV=false', { env: { DIRECT_LINE_DEV: 'false' } }],
  ])('has no Direct Line routes %s', async (_name, options) => {
    const server = await startTestServer(options);
    try {
      const response = await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
      expect(response.status).toBe(404);
      expect((await fetch(`${server.baseUrl}/v3/conversations/x/activities`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/dev/fixture-orders`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
