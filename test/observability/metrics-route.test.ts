import { messageActivity, postJson, UNUSED_LOOPBACK_SERVICE_URL } from '../server/support/activities';
import { startRealBotServer, type RealBotServer } from '../support/real-bot-server';

/** The value of one series in Prometheus' text format, e.g. support_order_lookups_total{outcome="found"}. */
function seriesValue(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  let bot: RealBotServer;
  beforeAll(async () => {
    bot = await startRealBotServer({ DIRECT_LINE_DEV: 'false' });
  });
  afterAll(() => bot.close());

  const say = (conversationId: string, text: string) =>
    postJson(`${bot.baseUrl}/api/messages`, messageActivity({ text, conversationId, serviceUrl: UNUSED_LOOPBACK_SERVICE_URL, deliveryMode: 'expectReplies' }));

  it('counts turns, lookups, cases, handoffs and containment after real conversations', async () => {
    for (const text of ['my parcel says delivered but its not here', '4000123462 noah.williams@example.com', 'no']) await say('m-case', text);
    for (const text of ['4000123456 sam.nguyen@example.com']) await say('m-answered', text);
    for (const text of ['4000123456 wrong@example.com', 'I want to talk to a person']) await say('m-person', text);

    const response = await fetch(`${bot.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const metrics = await response.text();

    expect(seriesValue(metrics, 'support_turns_total{kind="message"}')).toBe(6);
    expect(seriesValue(metrics, 'support_turn_duration_seconds_count{kind="message"}')).toBe(6);
    expect(seriesValue(metrics, 'support_order_lookups_total{outcome="found"}')).toBeGreaterThanOrEqual(3);
    expect(seriesValue(metrics, 'support_cases_opened_total{kind="missing_parcel_investigation"}')).toBe(1);
    expect(seriesValue(metrics, 'support_conversations_total')).toBe(3);
    const handoffs = metrics.split('\n').filter((l) => l.startsWith('support_handoffs_total{'));
    expect(handoffs).toHaveLength(1);
    expect(seriesValue(metrics, 'support_containment_ratio')).toBeCloseTo(2 / 3, 5);
    expect(metrics).toContain('support_rate_limited_lookups_total');
    expect(metrics).toContain('support_turn_errors_total');
    expect(metrics).toMatch(/^process_resident_memory_bytes /m);
  });

  it('does not count the same open case again when another conversation asks for it', async () => {
    for (const text of ['my parcel says delivered but its not here', '4000123462 noah.williams@example.com', 'no']) await say('m-case-again', text);
    const metrics = await (await fetch(`${bot.baseUrl}/metrics`)).text();
    expect(seriesValue(metrics, 'support_turns_total{kind="message"}')).toBe(9);
    expect(seriesValue(metrics, 'support_cases_opened_total{kind="missing_parcel_investigation"}')).toBe(1);
  });
});
