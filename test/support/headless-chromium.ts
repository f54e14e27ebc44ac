import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Where Chromium lives is a property of the machine, not of the bot, so it is read here rather
// than through src/config; CHROMIUM_PATH only moves the browser for these tests.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);

/**
 * A browser suite that runs where Debian's Chromium is installed and is
 * reported as skipped, with the reason in its name, where it is not.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (hasChromium) {
    describe(`${name} (headless Chromium)`, body);
    return;
  }
  console.warn(`Browser test skipped: Chromium not installed at ${chromiumPath} (set CHROMIUM_PATH to run it).`);
  // .ci/run installs Debian's Chromium, so CI always runs it.
  describe.skip(`${name} (skipped: Chromium not installed at ${chromiumPath}; set CHROMIUM_PATH)`, body); // skipped because a fresh machine has no browser
}

/** Headless, and without the background networking this machine's closed network would refuse. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
