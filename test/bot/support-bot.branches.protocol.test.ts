import { z } from 'zod';
import { startRealBotServer, type RealBotServer } from '../support/real-bot-server';
import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from '../server/support/activities';
import { signSiteToken } from '../support/site-token';

const RepliesSchema = z.object({
  activities: z.array(
    z
      .object({
        type: z.string(),
        text: z.string().optional(),
        suggestedActions: z.object({ actions: z.array(z.object({ title: z.string(), value: z.unknown() }).loose()) }).optional(),
        attachments: z.array(z.object({ content: z.object({ fallbackText: z.string() }).loose() }).loose()).optional(),
      })
      .loose(),
  ),
});
type Replies = z.infer<typeof RepliesSchema>['activities'];

/** What the customer reads: message text plus the full text an order card carries for channels without cards. */
function readable(replies: Replies): string {
  return replies.flatMap((reply) => [reply.text ?? '', ...(reply.attachments ?? []).map((a) => a.content.fallbackText)]).join('\n');
}

const TOKEN_SECRET = 'test-signing-key-of-the-site-32-chars!';

/** Every branch of the procedure, as a customer would type it, over the Bot Framework protocol. */
const BRANCHES: { name: string; turns: [string, RegExp][] }[] = [
  {
    name: 'delayed parcel: a remedy offered, chosen and confirmed before a case is opened',
    turns: [
      ['4000123459 charlotte.wilson@example.com', /running late[\s\S]*refund, a return or an alternative/],
      ['yes', /a refund, a return, or an alternative item\?/],
      ['a refund please', /arrange a refund for it[\s\S]*Shall I go ahead\?/],
      ['yes', /reference is \*\*RA-[A-Z0-9]{8}\*\*/],
    ],
  },
  {
    name: 'tracking not updating: last scan and the honest wait',
    turns: [
      ['4000123458 liam.oconnor@example.com', /Team Global Express/],
      ["the tracking hasn't moved in days", /hasn't had a tracking update for \d+ days/],
    ],
  },
  {
    name: 'no tracking yet: 24 to 48 hours after the shipping email',
    turns: [
      ['4000123457 olivia.brown@example.com', /on its way/],
      ['there is no tracking number yet', /24 to 48 hours/],
    ],
  },
  {
    name: 'carrier alert on a delayed region',
    turns: [
      ['4000123475 amelia.hall@example.com', /Australia Post/],
      ['my parcel is late', /(flood|weather|alert|disruption)/i],
    ],
  },
  {
    name: 'wrong address before dispatch: address change',
    turns: [
      ['4000123464 isla.thompson@example.com', /preparing it/],
      ['I put the wrong address', /What's the new address\?/],
      ['14 Riley St, Surry Hills NSW 2010', /change the delivery address to \*\*14 Riley St, Surry Hills NSW 2010\*\*/],
      ['yes', /reference is \*\*AC-[A-Z0-9]{8}\*\*/],
    ],
  },
  {
    name: 'wrong address in transit: carrier redirect',
    turns: [
      ['4000123479 priya.sharma@example.com', /2 parcels/],
      ['I typed the wrong address', /redirect it\. What's the new address\?/],
      ['9 Flushcombe Rd Blacktown NSW 2148', /redirect your parcel to \*\*9 Flushcombe Rd Blacktown NSW 2148\*\*/],
      ['yep go for it', /reference is \*\*CR-[A-Z0-9]{8}\*\*/],
    ],
  },
  {
    name: 'Click & Collect: where and how long it waits; missing asks the store',
    turns: [
      ['4000123466 grace.lee@example.com', /ready to collect from Kmart Chermside/],
      ['when can I pick up my click and collect', /waiting for you for 5 days/],
      ['it says delivered but not here', /reference is \*\*SC-[A-Z0-9]{8}\*\*/],
    ],
  },
  {
    name: 'Marketplace: a ticket so the seller is contacted',
    turns: [
      ['4000123471 zoe.campbell@example.com', /Marketplace seller/],
      ['I have a question about the marketplace seller', /open a Marketplace support ticket/],
      ['yes please', /reference is \*\*MK-[A-Z0-9]{8}\*\*/],
    ],
  },
  {
    name: 'what a status means',
    turns: [
      ['4000123464 isla.thompson@example.com', /preparing it/],
      ['what does processing mean', /payment is confirmed/],
    ],
  },
  {
    name: 'three wrong details lock the lookups and offer a person',
    turns: [
      ['4000123456 wrong@example.com', /couldn't match those details/],
      ['4000123456 wrong2@example.com', /one more try/],
      ['4000123456 wrong3@example.com', /can't keep checking/],
      ['4000123456 sam.nguyen@example.com', /can't keep checking/],
    ],
  },
  {
    name: 'off topic and gibberish keep the conversation where it was; goodbye ends it',
    turns: [
      ['4000123456 sam.nguyen@example.com', /Sam/],
      ["what's the weather in Sydney", /Kmart online orders/],
      ['sdkjfh qwpoe', /didn't get that/],
      ["that's all thanks", /Sam/],
    ],
  },
];

describe('every branch of the procedure over POST /api/messages (expectReplies)', () => {
  let server: RealBotServer;

  beforeAll(async () => {
    server = await startRealBotServer({ CUSTOMER_TOKEN_SECRET: TOKEN_SECRET });
  }, 60_000);

  afterAll(() => server?.close());

  async function say(conversationId: string, text: string, channelData?: unknown): Promise<Replies> {
    const activity = messageActivity({ channelId: 'emulator', text, conversationId, serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' });
    const response = await postJson(`${server.baseUrl}/api/messages`, channelData === undefined ? activity : { ...activity, channelData });
    expect(response.status).toBe(200);
    return RepliesSchema.parse(response.json).activities.filter((reply) => reply.type === 'message');
  }

  test.each(BRANCHES.map((branch, index) => [branch.name, index] as const))('%s', async (_name, index) => {
    const branch = BRANCHES[index];
    if (!branch) throw new Error('no such branch');
    for (const [text, expected] of branch.turns) {
      const replies = await say(`branch-${index}`, text);
      expect(readable(replies)).toMatch(expected);
    }
  });

  test('a customer the site signed in picks from their recent orders without giving details', async () => {
    const token = await signSiteToken(TOKEN_SECRET, 'CUST-100001');
    const listed = await say('signed-in', 'where is my order?', { customerToken: token });
    const buttons = listed.at(-1)?.suggestedActions?.actions ?? [];
    expect(buttons.map((button) => button.value)).toContainEqual({ orderNumber: '4000123456' });

    const picked = await say('signed-in', '4000123456', { customerToken: token });
    expect(readable(picked)).toMatch(/Hi Sam/);
  });

  test('a forged token is ignored: the customer is asked for details like anyone else', async () => {
    const forged = await signSiteToken('not-the-site-key-but-32-characters-long', 'CUST-100001');
    const replies = await say('forged', 'where is my order?', { customerToken: forged });
    expect(replies.at(-1)?.text).toMatch(/order number, and the email or phone/);
    const details = await say('forged', '4000123456');
    expect(readable(details)).not.toMatch(/Hi Sam/);
  });
});
