import { z } from 'zod';
import { startRealBotServer, type RealBotServer } from '../support/real-bot-server';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from '../server/support/activities';
import { signSiteToken } from '../support/site-token';

const SITE_KEY = 'test-signing-key-of-the-site-32-chars!';
const ReplySchema = z.object({ type: z.string(), name: z.string().optional() }).loose();
const RepliesSchema = z.object({ activities: z.array(ReplySchema) });

describe('the handoff event a desk receives', () => {
  let server: RealBotServer;
  beforeAll(async () => {
    server = await startRealBotServer({ CUSTOMER_TOKEN_SECRET: SITE_KEY });
  }, 60_000);
  afterAll(() => server?.close());

  async function say(token: string, text: string): Promise<z.infer<typeof ReplySchema>[]> {
    const activity = messageActivity({ channelId: 'webchat', text, conversationId: 'c-redacted-handoff', serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' });
    // As the development page sends it: the site's token in channelData, on every message.
    const response = await postJson(`${server.baseUrl}/api/messages`, { ...activity, channelData: { customerToken: token, clientActivityID: 'x' } });
    expect(response.status).toBe(200);
    return RepliesSchema.parse(response.json).activities;
  }

  it("carries neither a signed-in customer's site token nor the e-mail and phone they typed", async () => {
    const token = await signSiteToken(SITE_KEY, 'CUST-100001');

    await say(token, 'where is my order?');
    await say(token, '4000123456');
    await say(token, 'you can reach me on 0412 345 678 or sam.personal@example.net');
    const replies = await say(token, 'talk to a person please, call 0412 345 678');

    const handoff = replies.find((reply) => reply.type === 'event' && reply.name === 'handoff.initiate');
    if (handoff === undefined) throw new Error(`no handoff.initiate among ${JSON.stringify(replies.map((r) => r.type))}`);
    const sent = JSON.stringify(handoff);
    expect(sent).toContain('4000123456'); // the agent still sees which order
    expect(sent).toContain('[phone]'); // and that the customer gave a number
    expect(sent).not.toContain(token);
    expect(sent).not.toContain(token.split('.')[1] ?? token);
    expect(sent).not.toContain('customerToken');
    expect(sent).not.toContain('channelData');
    expect(sent).not.toMatch(/0412 ?345 ?678/);
    expect(sent).not.toContain('sam.personal@example.net');
  });
});
