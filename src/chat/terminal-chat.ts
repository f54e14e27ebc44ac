import { createInterface } from 'node:readline/promises';
import pino from 'pino';
import { buttonsForOffers } from '../../dialogs/customer-copy/offer-labels';
import { systemClock } from '../adapters/system-clock';
import { ConfigError, loadConfig } from '../config/load-config';
import { buildSupportServices } from '../composition/build-support-services';
import type { TurnOutcome } from '../conversation/run-support-turn';
import type { ButtonValue } from '../../state-machines/customer-buttons';

/**
 * `npm run chat`: the whole customer conversation in a terminal, against the
 * configured order source (fixtures by default). Type a button's number to
 * click it, `/orders` to list fixture orders, `/quit` to leave.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const services = await buildSupportServices(config, systemClock, logger);
  const conversationId = `terminal-${process.pid}`;
  let buttons: { title: string; value: ButtonValue }[] = [];

  const show = (outcome: TurnOutcome) => {
    for (const reply of outcome.replies) console.log(`\nbot> ${services.copy.render(reply).replace(/\n/g, '\n     ')}`);
    buttons = buttonsForOffers(outcome.offers);
    if (buttons.length > 0) console.log(`\n     ${buttons.map((b, i) => `[${i + 1}] ${b.title}`).join('  ')}`);
  };
  const listOrders = () => {
    for (const order of services.fixtures?.data.orders ?? []) {
      console.log(`  ${order.orderNumber}  ${order.customer.email}${order.customer.phone ? `  ${order.customer.phone}` : ''}`);
    }
  };

  console.log('Kmart order support (terminal). /orders lists fixture orders, /quit leaves.');
  const welcome = await services.conversations.start(conversationId);
  if (welcome) show(welcome);
  const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const busy = () => process.stdout.write('     (checking...)\n');
  for await (const line of input) {
    const text = line.trim();
    if (!process.stdin.isTTY) console.log(`\nyou> ${text}`);
    if (text === '/quit') break;
    if (text === '/orders') {
      listOrders();
      continue;
    }
    const button = /^\d{1,2}$/.test(text) ? buttons[Number(text) - 1] : undefined;
    const outcome = button
      ? await services.conversations.click(conversationId, button.value, button.title, { onBusy: busy })
      : await services.conversations.say(conversationId, line, { onBusy: busy });
    show(outcome);
    if (process.stdin.isTTY) process.stdout.write('\nyou> ');
  }
  input.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
