import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, launchChromium } from '../support/headless-chromium';
import { startRealBotServer, type RealBotServer } from '../support/real-bot-server';

const SCREENSHOT = join(__dirname, '..', '..', 'docs', 'web-chat.png');

describeInChromium('a support conversation with the real bot in Web Chat', () => {
  let server: RealBotServer;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startRealBotServer();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it('tracks a mixed order with cards and tracking links, then follows a suggested action to a Marketplace ticket', async () => {
    page = await browser.newPage({ viewport: { width: 1100, height: 1700 } });
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    const transcript = page;
    const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
    const send = async (text: string) => {
      await sendBox.fill(text);
      await sendBox.press('Enter');
    };

    await page.goto(server.baseUrl);
    await transcript.getByText('I can help you track a Kmart online order', { exact: false }).first().waitFor({ timeout: 20_000 });

    await send('where is my order?');
    await transcript.getByText('email or phone number you used at checkout', { exact: false }).nth(1).waitFor({ timeout: 20_000 });

    await send('4000123470 priya.sharma@example.com');
    await transcript.getByText('Order 4000123470', { exact: false }).first().waitFor({ timeout: 20_000 });
    // Web Chat draws the card's Action.OpenUrl as a button that opens the carrier's page. The
    // carrier sites are answered locally so that nothing leaves this machine.
    await page.context().route(/auspost\.com\.au|startrack\.com\.au/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>tracking</p>' }));
    const openTracking = page.getByRole('button', { name: 'Open tracking' });
    await openTracking.first().waitFor({ timeout: 20_000 });
    // Kmart's parcel goes with Australia Post and Target's with StarTrack, each with its own link.
    expect(await openTracking.count()).toBeGreaterThanOrEqual(2);
    const [carrierPage] = await Promise.all([page.waitForEvent('popup'), openTracking.first().click()]);
    await carrierPage.waitForURL(/auspost\.com\.au|startrack\.com\.au/);
    await carrierPage.close();

    await page.getByRole('button', { name: 'Marketplace seller question' }).last().click();
    await transcript.getByText(/MK-[A-Z0-9]+/).first().waitFor({ timeout: 20_000 });

    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(failedRequests).toEqual([]);
  }, 90_000);
});
