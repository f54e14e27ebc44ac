import { z } from 'zod';
import { ConversationTurnQueue } from '../../src/server/conversation-turn-queue';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL, waitUntil } from './support/activities';
import { startTestServer, type TestServer } from './support/start-test-server';

const ExpectRepliesBodySchema = z.object({
  activities: z.array(z.object({ type: z.string(), text: z.string().optional() }).loose()),
});

/** The texts of the bot's messages in an expectReplies response body. */
function repliesIn(json: unknown): (string | undefined)[] {
  return ExpectRepliesBodySchema.parse(json)
    .activities.filter((activity) => activity.type === 'message')
    .map((activity) => activity.text);
}

describe('POST /api/messages', () => {
  let server: TestServer;
  let connector: FakeConnector;
  let messagesUrl: string;

  beforeEach(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ env: { LOOPBACK_SERVICE_URLS: connector.serviceUrl } });
    messagesUrl = `${server.baseUrl}/api/messages`;
  });
  afterEach(async () => {
    await server.close();
    await connector.close();
  });

  it('returns the bot replies in the response body for deliveryMode expectReplies', async () => {
    const response = await postJson(
      messagesUrl,
      messageActivity({ text: 'where is my order', conversationId: 'c-expect', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' }),
    );
    expect(response.status).toBe(200);
    expect(repliesIn(response.json)).toEqual(['You said: where is my order']);
  });

  it('posts the bot replies to the serviceUrl the activity names, as a reply to it', async () => {
    const response = await postJson(
      messagesUrl,
      messageActivity({ text: 'hello', conversationId: 'c-normal', serviceUrl: connector.serviceUrl, id: 'incoming-1' }),
    );
    expect(response.status).toBe(200);
    expect(connector.textsFor('c-normal')).toEqual(['You said: hello']);
    expect(connector.received[0]?.replyToId).toBe('incoming-1');
  });

  it('welcomes a new member when a conversationUpdate arrives', async () => {
    const response = await postJson(messagesUrl, {
      type: 'conversationUpdate',
      channelId: 'test',
      serviceUrl: connector.serviceUrl,
      conversation: { id: 'c-welcome' },
      from: { id: 'customer-1' },
      recipient: { id: 'bot-1' },
      membersAdded: [{ id: 'bot-1' }, { id: 'customer-1' }],
    });
    expect(response.status).toBe(200);
    expect(connector.textsFor('c-welcome')).toEqual(['Welcome to the test bot.']);
  });

  describe('refuses bad requests before the bot sees them, with a reason', () => {
    const valid = () => messageActivity({ text: 'hi', conversationId: 'c-bad', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL });

    it.each([
      ['invalid JSON', '{"type": "message",', 400, /Invalid JSON/],
      ['a JSON array', '[1, 2]', 400, /must be a JSON object/],
      ['a JSON string', '"hello"', 400, /must be a JSON object/],
      ['no type', JSON.stringify({ ...valid(), type: undefined }), 400, /type: is required/],
      ['no conversation', JSON.stringify({ ...valid(), conversation: undefined }), 400, /conversation: is required/],
      ['no conversation id', JSON.stringify({ ...valid(), conversation: { name: 'x' } }), 400, /conversation\.id: is required/],
      ['an empty conversation id', JSON.stringify({ ...valid(), conversation: { id: ' ' } }), 400, /conversation\.id: is required/],
      ['an unknown activity type', JSON.stringify({ ...valid(), type: 'sendMoney' }), 400, /unknown activity type "sendMoney"/],
      ['no serviceUrl', JSON.stringify({ ...valid(), serviceUrl: undefined }), 400, /serviceUrl: is required/],
      ['a non-http serviceUrl', JSON.stringify({ ...valid(), serviceUrl: 'file:///etc/passwd' }), 400, /serviceUrl: must be an http\(s\) URL/],
      ['text as an object', JSON.stringify({ ...valid(), text: { evil: true } }), 400, /text: must be a string/],
      ['text as a number', JSON.stringify({ ...valid(), text: 42 }), 400, /text: must be a string/],
      ['from as a string', JSON.stringify({ ...valid(), from: 'customer-1' }), 400, /from: must be an object/],
      ['membersAdded as a string', JSON.stringify({ ...valid(), type: 'conversationUpdate', membersAdded: 'everyone' }), 400, /membersAdded: must be an array/],
      ['a body nested 100,000 levels deep', JSON.stringify({ ...valid(), channelData: 'PLACEHOLDER' }).replace('"PLACEHOLDER"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`), 400, /nests deeper than 64 levels/],
    ])('%s', async (_name, body, status, reason) => {
      const response = await postJson(messagesUrl, body);
      expect(response.status).toBe(status);
      expect(response.json).toEqual({ code: expect.any(String), message: expect.stringMatching(reason) });
      expect(server.bot.turnLog).toEqual([]);
    });

    it('an empty body', async () => {
      const response = await postJson(messagesUrl, '');
      expect(response.status).toBe(400);
      expect(response.json).toEqual({ code: 'InvalidActivity', message: expect.stringMatching(/must be a JSON object/) });
    });

    it('a body that is not JSON at all', async () => {
      const response = await fetch(messagesUrl, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi bot' });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ code: 'UnsupportedMediaType', message: expect.stringMatching(/application\/json/) });
    });

    it('a body over 256 KB', async () => {
      const response = await postJson(messagesUrl, { ...valid(), text: 'x'.repeat(300 * 1024) });
      expect(response.status).toBe(413);
      expect(response.json).toEqual({ code: expect.any(String), message: expect.stringMatching(/exceeds/) });
      expect(server.bot.turnLog).toEqual([]);
    });

    it('a GET', async () => {
      const response = await fetch(messagesUrl);
      expect(response.status).toBe(405);
    });

    it('and keeps serving afterwards', async () => {
      await postJson(messagesUrl, '{oops');
      const response = await postJson(messagesUrl, { ...valid(), deliveryMode: 'expectReplies' });
      expect(response.status).toBe(200);
      expect(repliesIn(response.json)).toEqual(['You said: hi']);
    });
  });

  it('answers 200 to a well-formed activity of a type the bot ignores', async () => {
    const response = await postJson(messagesUrl, {
      type: 'typing',
      channelId: 'test',
      serviceUrl: connector.serviceUrl,
      conversation: { id: 'c-typing' },
      from: { id: 'customer-1' },
      recipient: { id: 'bot-1' },
    });
    expect(response.status).toBe(200);
    expect(connector.received).toEqual([]);
  });
});

describe('turns of one conversation', () => {
  let server: TestServer;
  let connector: FakeConnector;
  const queue = new ConversationTurnQueue();

  beforeEach(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ turnQueue: queue, env: { LOOPBACK_SERVICE_URLS: connector.serviceUrl } });
  });
  afterEach(async () => {
    await server.close();
    await connector.close();
  });

  it('run one after another when two messages arrive together, and neither is lost', async () => {
    const messagesUrl = `${server.baseUrl}/api/messages`;
    const post = (text: string) =>
      postJson(messagesUrl, messageActivity({ text, conversationId: 'c-serial', serviceUrl: connector.serviceUrl }));

    const first = post('hold first');
    await waitUntil(() => server.bot.isHolding('first'));
    const second = post('second');
    // The second turn is now waiting in the queue behind the held first one.
    await waitUntil(() => queue.pendingFor('test:c-serial') === 2);
    expect(server.bot.turnLog).toEqual(['start:hold first']);

    server.bot.release('first');
    const responses = await Promise.all([first, second]);

    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(server.bot.turnLog).toEqual(['start:hold first', 'end:hold first', 'start:second', 'end:second']);
    expect(connector.textsFor('c-serial')).toEqual(['released first', 'You said: second']);
  });

  it('of different conversations run at the same time', async () => {
    const messagesUrl = `${server.baseUrl}/api/messages`;
    const held = postJson(
      messagesUrl,
      messageActivity({ text: 'hold other', conversationId: 'c-one', serviceUrl: connector.serviceUrl }),
    );
    await waitUntil(() => server.bot.isHolding('other'));

    // Would hang (and time out) if every conversation waited behind c-one.
    const response = await postJson(
      messagesUrl,
      messageActivity({ text: 'not waiting', conversationId: 'c-two', serviceUrl: connector.serviceUrl }),
    );
    expect(response.status).toBe(200);
    expect(connector.textsFor('c-two')).toEqual(['You said: not waiting']);
    expect(server.bot.turnLog).not.toContain('end:hold other');

    server.bot.release('other');
    expect((await held).status).toBe(200);
  });
});
