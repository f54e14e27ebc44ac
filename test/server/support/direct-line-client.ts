import { z } from 'zod';

export const ConversationResourceSchema = z.object({
  conversationId: z.string(),
  token: z.string(),
  expires_in: z.number(),
});

const ActivitySetSchema = z.object({
  activities: z.array(z.object({ type: z.string(), id: z.string() }).loose()),
  watermark: z.string(),
});

export type ActivitySet = z.infer<typeof ActivitySetSchema>;

/** Direct Line 3.0 calls as botframework-directlinejs makes them in polling mode. */
export class DirectLineTestClient {
  private constructor(
    private readonly baseUrl: string,
    readonly conversationId: string,
    readonly token: string,
  ) {}

  static async generate(baseUrl: string): Promise<DirectLineTestClient> {
    const response = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
    if (response.status !== 200) throw new Error(`tokens/generate answered ${response.status}`);
    const resource = ConversationResourceSchema.parse(await response.json());
    return new DirectLineTestClient(baseUrl, resource.conversationId, resource.token);
  }

  startConversation(): Promise<Response> {
    return fetch(`${this.baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: 'web-chat-user' }, locale: 'en-AU' }),
    });
  }

  post(activity: unknown, token = this.token): Promise<Response> {
    return fetch(`${this.baseUrl}/v3/directline/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }

  async postMessage(text: string): Promise<string> {
    const response = await this.post({ type: 'message', text, from: { id: 'web-chat-user', name: 'Sam' }, channelData: { clientActivityID: `c-${text}` } });
    if (response.status !== 200) throw new Error(`posting answered ${response.status}: ${await response.text()}`);
    return z.object({ id: z.string() }).parse(await response.json()).id;
  }

  poll(watermark: string | undefined, token = this.token): Promise<Response> {
    return fetch(
      `${this.baseUrl}/v3/directline/conversations/${this.conversationId}/activities?watermark=${watermark ?? ''}`,
      { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
    );
  }

  async activities(watermark?: string): Promise<ActivitySet> {
    const response = await this.poll(watermark);
    if (response.status !== 200) throw new Error(`polling answered ${response.status}`);
    return ActivitySetSchema.parse(await response.json());
  }
}
