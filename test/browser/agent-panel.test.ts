import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, launchChromium } from '../support/headless-chromium';
import { COPILOT_KEY, startCopilotServer, type CopilotTestServer } from '../server/copilot/copilot-test-server';

/* The README's screenshot is refreshed on purpose (UPDATE_DOCS_SCREENSHOTS=1), not by every test run. */
const SCREENSHOT = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? join(__dirname, '..', '..', 'docs', 'agent-panel.png') : join(tmpdir(), 'kmart-bot-agent-panel.png');

describeInChromium('the agent panel', () => {
  let server: CopilotTestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startCopilotServer();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function customerWrites(page: Page, text: string, thenShows: RegExp): Promise<void> {
    await page.fill('#customer-text', text);
    await page.click('#customer-form button[type=submit]');
    await page.locator('#suggested-reply', { hasText: thenShows }).waitFor();
  }

  it('handles a whole missing-parcel case, from the first message to the reference, with draft checks as the agent types', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.baseUrl)) offsite.push(request.url());
    });
    await page.goto(`${server.baseUrl}/agent`);
    await page.fill('#api-key', COPILOT_KEY);
    await page.fill('#session-id', 'panel-1');

    await customerWrites(page, "hi, my parcel says delivered but it's not here", /order number/);
    await page.locator('#order', { hasText: 'Not verified yet' }).waitFor();
    await page.locator('#guidance', { hasText: 'Verify before disclosing' }).waitFor();

    // A draft with order details before verification is blocked while the agent types.
    await page.fill('#agent-text', 'It was delivered by Australia Post yesterday.');
    await page.locator('#findings li.block', { hasText: "isn't verified" }).waitFor();

    await customerWrites(page, '4000123462 noah.williams@example.com', /neighbours/);
    await page.locator('#step', { hasText: 'escalate' }).waitFor();
    await page.locator('#order a', { hasText: '36LB45007719' }).waitFor();
    expect(await page.locator('#order a').first().getAttribute('href')).toContain('auspost.com.au');

    // Insert puts the suggested reply in the agent's box; the draft check finds nothing wrong with it.
    await page.click('#insert-reply');
    expect(await page.inputValue('#agent-text')).toContain('neighbours');
    await page.fill('#agent-text', 'Your tracking number is 36LB45007719. Could you check with the neighbours?');
    await page.waitForTimeout(700);
    expect(await page.locator('#findings li').count()).toBe(0);
    await page.click('#agent-form button[type=submit]');
    await page.locator('#checklist li.done', { hasText: 'Give the tracking link' }).waitFor();

    await page.fill('#action-note', 'Neighbours checked; not at the side gate');
    await page.locator('#actions button', { hasText: 'Open missing-parcel investigation' }).click();
    await page.locator('#status', { hasText: /Opened MP-/ }).waitFor();
    await page.locator('#cases li', { hasText: /MP-\w+: missing parcel investigation \(open\)/ }).waitFor();
    await page.locator('#guidance', { hasText: 'within 2 business days' }).waitFor();
    await page.locator('#suggested-reply', { hasText: /Your reference is MP-/ }).waitFor();

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(offsite).toEqual([]);
    await page.close();
  }, 60_000);

  it('says so when the key is wrong', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/agent`);
    await page.fill('#api-key', 'not-the-key');
    await page.fill('#customer-text', 'hello');
    await page.click('#customer-form button[type=submit]');
    await page.locator('#status', { hasText: 'Authorization' }).waitFor();
    await page.close();
  }, 30_000);
});
