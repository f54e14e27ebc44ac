import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FixtureData } from '../adapters/fixture-order-source';
import type { FixtureOrderHint } from '../server/dev/fixture-orders-route';


/**
 * The "try these orders" list of the development page. Descriptions come from
 * the fixture file names (4000123458-tracking-not-updating.json), which
 * already say what each order demonstrates.
 */
export function fixtureOrderHints(data: FixtureData, fixturesDir: string): FixtureOrderHint[] {
  const slugs = new Map<string, string>();
  for (const file of readdirSync(path.join(fixturesDir, 'orders'))) {
    const match = /^(\w+?)-(.+)\.json$/.exec(file);
    if (match?.[1] && match[2]) slugs.set(match[1], match[2].replace(/-/g, ' '));
  }
  return data.orders.map((order) => ({
    orderNumber: order.orderNumber,
    email: order.customer.email,
    phone: order.customer.phone ?? '',
    description: slugs.get(order.orderNumber) ?? '',
  }));
}
