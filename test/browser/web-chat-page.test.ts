import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/support/start-test-server';
import { WELCOME_TEXT } from '../support/test-bot';

// Where Chromium lives is a property of the machine, not of the bot, so it is read here rather
// than through src/config; CHROMIUM_PATH only moves the browser for this test.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const describeIfChromium = hasChromium ? describe : describe.skip;
const suiteName = hasChromium
  ? 'the web chat page in headless Chromium'
  : `the web chat page in headless Chromium (skipped: Chromium not installed at ${chromiumPath}; set CHROMIUM_PATH)`;

if (!hasChromium) {
  console.warn(`Browser test skipped: Chromium not installed at ${chromiumPath} (set CHROMIUM_PATH to run it).`);
}

describeIfChromium(suiteName, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({
      fixtureOrders: [
        { orderNumber: '4000123456', email: 'sam.nguyen@example.com', phone: '0412 345 678', description: 'Towels, shipped with Australia Post' },
      ],
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
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
