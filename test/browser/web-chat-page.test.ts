import type { Browser } from 'playwright-core';
import { describeInChromium, launchChromium } from '../support/headless-chromium';
import { startTestServer, type TestServer } from '../server/support/start-test-server';
import { WELCOME_TEXT } from '../support/test-bot';

describeInChromium('the web chat page', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({
      fixtureOrders: [
        { orderNumber: '4000123456', email: 'sam.nguyen@example.com', phone: '0412 345 678', description: 'Towels, shipped with Australia Post' },
      ],
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('chats with the bot through the official Web Chat over Direct Line polling', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    const offsiteRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.baseUrl) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        offsiteRequests.push(request.url());
      }
    });

    await page.goto(server.baseUrl);
    // Web Chat renders each bot message as a paragraph in the transcript (plus screen-reader copies).
    const transcriptText = (text: string) => page.getByRole('paragraph').filter({ hasText: text });
    await transcriptText(WELCOME_TEXT).waitFor();
    await page.locator('#fixture-orders').getByText('4000123456').waitFor();

    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    await sendBox.fill('where is order 4000123456');
    await sendBox.press('Enter');
    await transcriptText('You said: where is order 4000123456').waitFor();

    expect(server.bot.turnLog).toEqual(['start:where is order 4000123456', 'end:where is order 4000123456']);
    expect(offsiteRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    await page.close();
  }, 60_000);
});
