import { z } from 'zod';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector';
import { startRealBotServer, type RealBotServer } from '../support/real-bot-server';
import { ERROR } from '../server/support/capture-logger';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from '../server/support/activities';

const SuggestedActionSchema = z.object({ type: z.string(), title: z.string(), value: z.unknown() }).loose();

const ReplySchema = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    name: z.string().optional(),
    value: z.unknown().optional(),
    replyToId: z.string().optional(),
    attachments: z.array(z.object({ contentType: z.string().optional(), content: z.unknown() }).loose()).optional(),
    suggestedActions: z.object({ actions: z.array(SuggestedActionSchema) }).optional(),
  })
  .loose();
type Reply = z.infer<typeof ReplySchema>;

const ExpectedRepliesSchema = z.object({ activities: z.array(ReplySchema) });

const AdaptiveCardSchema = z.object({ type: z.literal('AdaptiveCard'), body: z.array(z.unknown()) }).loose();
const OpenUrlSchema = z.object({ type: z.literal('Action.OpenUrl'), title: z.string(), url: z.string() });

const HandoffSummarySchema = z.object({ verified: z.boolean(), orderNumber: z.string().nullable(), customerSaid: z.string() }).loose();
const TranscriptSchema = z.object({
  activities: z.array(z.object({ type: z.string(), text: z.string().optional(), from: z.object({ id: z.string() }).loose() }).loose()),
});

/** Every object anywhere inside a card that matches the schema (OpenUrl actions sit in nested containers). */
function findAll<T>(value: unknown, schema: z.ZodType<T>): T[] {
  const here = schema.safeParse(value);
  const found: T[] = here.success ? [here.data] : [];
  if (Array.isArray(value)) return [...found, ...value.flatMap((item) => findAll(item, schema))];
  if (typeof value === 'object' && value !== null) return [...found, ...Object.values(value).flatMap((item) => findAll(item, schema))];
  return found;
}

function messages(replies: Reply[]): Reply[] {
  return replies.filter((reply) => reply.type === 'message');
}

function lastMessage(replies: Reply[]): Reply {
  const last = messages(replies).at(-1);
  if (last === undefined) throw new Error(`no message among the replies: ${JSON.stringify(replies)}`);
  return last;
}

function suggestedAction(reply: Reply, title: string): z.infer<typeof SuggestedActionSchema> {
  const action = reply.suggestedActions?.actions.find((candidate) => candidate.title === title);
  if (action === undefined) throw new Error(`no "${title}" button; offered: ${JSON.stringify(reply.suggestedActions?.actions.map((a) => a.title))}`);
  return action;
}

function adaptiveCard(reply: Reply): z.infer<typeof AdaptiveCardSchema> {
  const attachment = reply.attachments?.find((candidate) => candidate.contentType === 'application/vnd.microsoft.card.adaptive');
  return AdaptiveCardSchema.parse(attachment?.content);
}

describe('the real support bot over HTTP (Bot Framework protocol)', () => {
  let server: RealBotServer;
  let connector: FakeConnector;
  let messagesUrl: string;

  beforeAll(async () => {
    connector = await startFakeConnector();
    // Authentication is off, so the bot posts only to its own origin or a configured one: the fake connector's.
    server = await startRealBotServer({ LOOPBACK_SERVICE_URLS: connector.serviceUrl });
    messagesUrl = `${server.baseUrl}/api/messages`;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  afterEach(() => {
    // Nothing may fail out of sight (the start-up warning that authentication is off is expected here).
    expect(server.logs.filter((line) => line.level >= ERROR)).toEqual([]);
  });

  /** One customer message with deliveryMode expectReplies: the bot's replies come back in the HTTP response. */
  async function say(conversationId: string, text: string, value?: unknown): Promise<Reply[]> {
    const activity = messageActivity({ channelId: 'emulator', text, conversationId, serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' });
    const response = await postJson(messagesUrl, value === undefined ? activity : { ...activity, value });
    expect(response.status).toBe(200);
    return ExpectedRepliesSchema.parse(response.json).activities;
  }

  describe('with deliveryMode expectReplies', () => {
    it('tracks an order: an Adaptive Card with the tracking number, an "Open tracking" link to the carrier, and follow-up buttons', async () => {
      const asked = await say('c-track', 'where is my order?');
      expect(lastMessage(asked).text).toMatch(/order number/i);

      const replies = await say('c-track', '4000123456 sam.nguyen@example.com');
      const withCard = messages(replies).find((reply) => reply.attachments !== undefined);
      if (withCard === undefined) throw new Error(`no card among ${JSON.stringify(replies)}`);
      expect(withCard.text).toContain('4000123456');

      const card = adaptiveCard(withCard);
      // 36LB45032230 is the Australia Post tracking number in fixtures/orders/4000123456-on-time-in-transit.json.
      expect(JSON.stringify(card.body)).toContain('36LB45032230');
      expect(findAll(card.body, OpenUrlSchema)).toEqual([
        { type: 'Action.OpenUrl', title: 'Open tracking', url: 'https://auspost.com.au/mypost/track/details/36LB45032230' },
      ]);

      const buttons = lastMessage(replies).suggestedActions?.actions ?? [];
      expect(buttons.length).toBeGreaterThan(0);
      expect(buttons.every((button) => button.type === 'messageBack')).toBe(true);
      expect(suggestedAction(lastMessage(replies), 'Talk to a person').value).toEqual({ topic: 'talk_to_person' });
    });

    it('handles a parcel marked delivered but missing: tips first, then a case reference when the customer clicks "No, still missing"', async () => {
      const first = await say('c-missing', "my parcel says delivered but it's not here");
      expect(lastMessage(first).text).toMatch(/order number/i);

      const tips = lastMessage(await say('c-missing', '4000123462 noah.williams@example.com'));
      expect(tips.text).toMatch(/neighbours/);
      expect(tips.text).toMatch(/Did you find it\?/);
      const stillMissing = suggestedAction(tips, 'No, still missing');
      expect(stillMissing.type).toBe('messageBack');

      // A messageBack click arrives as a message carrying the button's text and value.
      const outcome = await say('c-missing', stillMissing.title, stillMissing.value);
      expect(lastMessage(outcome).text).toMatch(/Your reference is \*\*MP-[A-Z0-9]{8}\*\*/);
    });

    it('hands over to a person with a handoff.initiate event carrying the summary and the transcript', async () => {
      await say('c-handoff', '4000123462 noah.williams@example.com');
      const replies = await say('c-handoff', 'talk to a person');

      expect(lastMessage(replies).text).toMatch(/person from our team/);
      const handoff = replies.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
      if (handoff === undefined) throw new Error(`no handoff.initiate among ${JSON.stringify(replies.map((r) => r.type))}`);

      const summary = HandoffSummarySchema.parse(handoff.value);
      expect(summary).toMatchObject({ verified: true, orderNumber: '4000123462', customerSaid: 'talk to a person' });

      const transcript = TranscriptSchema.parse(handoff.attachments?.[0]?.content);
      const texts = transcript.activities.map((activity) => activity.text);
      // The agent sees what the customer typed before (contact details redacted), what the bot answered (the order card by its heading), and the request itself.
      expect(texts.indexOf('4000123462 [email]')).toBeGreaterThanOrEqual(0);
      expect(texts.indexOf("Hi Noah! Here's the latest on order 4000123462.")).toBeGreaterThan(texts.indexOf('4000123462 [email]'));
      expect(texts.indexOf('talk to a person')).toBeGreaterThan(texts.indexOf("Hi Noah! Here's the latest on order 4000123462."));
      expect(transcript.activities.find((a) => a.text === 'talk to a person')?.from.id).toBe('customer-1');
    });

    it('accepts a handoff.status event from the agent side and carries on with the conversation', async () => {
      const status = await postJson(messagesUrl, {
        type: 'event',
        name: 'handoff.status',
        value: { state: 'accepted' },
        channelId: 'emulator',
        serviceUrl: connector.serviceUrl,
        conversation: { id: 'c-status' },
        from: { id: 'agent-hub' },
        recipient: { id: 'bot-1' },
      });
      expect(status.status).toBe(200);
      expect(server.logs.some((line) => line.msg === 'handoff status')).toBe(true);

      const after = await say('c-status', 'where is my order?');
      expect(lastMessage(after).text).toMatch(/order number/i);
    });
  });

  describe('with normal delivery to a Bot Connector', () => {
    function conversationUpdate(conversationId: string): Record<string, unknown> {
      return {
        type: 'conversationUpdate',
        channelId: 'emulator',
        serviceUrl: connector.serviceUrl,
        conversation: { id: conversationId },
        from: { id: 'customer-1' },
        recipient: { id: 'bot-1' },
        membersAdded: [{ id: 'bot-1' }, { id: 'customer-1' }],
      };
    }

    it('welcomes once even when conversationUpdate arrives twice, then answers through the connector', async () => {
      expect((await postJson(messagesUrl, conversationUpdate('c-normal'))).status).toBe(200);
      expect((await postJson(messagesUrl, conversationUpdate('c-normal'))).status).toBe(200);
      const welcomes = connector.textsFor('c-normal');
      expect(welcomes).toHaveLength(1);
      expect(welcomes[0]).toMatch(/^Hi! I can help you track a Kmart online order\./);

      const question = messageActivity({ channelId: 'emulator', text: '4000123456 sam.nguyen@example.com', conversationId: 'c-normal', serviceUrl: connector.serviceUrl });
      const response = await postJson(messagesUrl, question);
      expect(response.status).toBe(200);

      const answers = connector.received.filter((entry) => entry.conversationId === 'c-normal' && entry.replyToId === question.id);
      const cardMessage = answers.find((entry) => Array.isArray(entry.activity.attachments));
      if (cardMessage === undefined) throw new Error(`no card posted to the connector: ${JSON.stringify(answers)}`);
      expect(cardMessage.activity.text).toBe("Hi Sam! Here's the latest on order 4000123456.");
      expect(findAll(cardMessage.activity.attachments, OpenUrlSchema).map((action) => action.url)).toContain(
        'https://auspost.com.au/mypost/track/details/36LB45032230',
      );
    });
  });

  it('still refuses a message with an invalid body (400) before the bot sees it', async () => {
    const invalid = { ...messageActivity({ channelId: 'emulator', text: 'hi', conversationId: 'c-invalid', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL }), conversation: undefined };
    const response = await postJson(messagesUrl, invalid);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ code: expect.any(String), message: expect.stringMatching(/conversation: is required/) });
    expect(server.logs.filter((line) => line.level >= ERROR)).toEqual([]);
  });
});
