import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CarrierAlertsResponseSchema, IsoTimeSchema, OrderSchema, type AuState, type CarrierAlert, type Order, type OrderSummary } from '../domain/order';
import { describeSchemaError } from '../domain/schema-error';
import { leastAdvancedStatus } from '../domain/shipment-conditions';
import type { CarrierAlertSource, CarrierAlertsLookup } from '../ports/carrier-alert-source';
import type { Clock } from '../ports/clock';
import { RECENT_ORDERS_LIMIT, type CustomerOrdersLookup, type OrderLookup, type OrderSource } from '../ports/order-source';
import { shiftAlert, shiftOrder } from './fixture-time-shift';
import { PROJECT_ROOT } from '../config/project-root';

export const DEFAULT_FIXTURES_DIR = path.join(PROJECT_ROOT, 'fixtures');

/** The contract's `limit=5` for a signed-in customer's recent orders. */

const AnchorFileSchema = z.object({ recordedAt: IsoTimeSchema, why: z.string() });
const CustomersFileSchema = z.object({ customers: z.record(z.string(), z.array(z.string().min(1))) });

export type FixtureData = {
  /** As recorded; shifted to "now" on every lookup. */
  orders: Order[];
  alerts: CarrierAlert[];
  /** customerId -> order numbers. A Map so that ids like "constructor" are not found on a prototype. */
  customers: ReadonlyMap<string, readonly string[]>;
  recordedAt: Date;
};

/** A fixture file that cannot be used; the message names the file and the field, for whoever edits fixtures. */
export class InvalidFixtureError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`Invalid fixture ${file}: ${problem}`);
    this.name = 'InvalidFixtureError';
  }
}

/** Reads and validates the whole fixtures directory once, at start-up. */
export function loadFixtureOrders(dir: string): FixtureData {
  const anchor = readFixture(path.join(dir, 'anchor.json'), AnchorFileSchema);
  const orders = loadOrders(path.join(dir, 'orders'));
  const alerts = readFixture(path.join(dir, 'carrier-alerts.json'), CarrierAlertsResponseSchema).alerts;
  const customersFile = path.join(dir, 'customers.json');
  const customers = new Map(Object.entries(readFixture(customersFile, CustomersFileSchema).customers));
  const known = new Set(orders.map((order) => order.orderNumber));
  for (const [customerId, orderNumbers] of customers) {
    orderNumbers.forEach((orderNumber, i) => {
      if (!known.has(orderNumber)) {
        throw new InvalidFixtureError(customersFile, `customers.${customerId}.${i}: no order ${orderNumber} in orders/`);
      }
    });
  }
  return { orders, alerts, customers, recordedAt: new Date(anchor.recordedAt) };
}

function loadOrders(ordersDir: string): Order[] {
  const seen = new Map<string, string>();
  return fs
    .readdirSync(ordersDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(ordersDir, name);
      const order = readFixture(file, OrderSchema);
      // The file name is how people find an order in fixtures/orders, so it must not lie.
      if (name !== `${order.orderNumber}.json` && !name.startsWith(`${order.orderNumber}-`)) {
        throw new InvalidFixtureError(file, `orderNumber: ${order.orderNumber} does not match the file name`);
      }
      const other = seen.get(order.orderNumber);
      if (other !== undefined) {
        throw new InvalidFixtureError(file, `orderNumber: ${order.orderNumber} is also in ${other}`);
      }
      seen.set(order.orderNumber, file);
      return order;
    });
}

function readFixture<T>(file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidFixtureError(file, (error as Error).message);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new InvalidFixtureError(file, describeSchemaError(parsed.error));
  return parsed.data;
}

function shiftToNow(data: FixtureData, clock: Clock): number {
  return clock.now().getTime() - data.recordedAt.getTime();
}

export class FixtureOrderSource implements OrderSource {
  private readonly data: FixtureData;
  private readonly clock: Clock;
  private readonly byNumber: ReadonlyMap<string, Order>;

  constructor({ data, clock }: { data: FixtureData; clock: Clock }) {
    this.data = data;
    this.clock = clock;
    this.byNumber = new Map(data.orders.map((order) => [order.orderNumber, order]));
  }

  async findOrder(orderNumber: string): Promise<OrderLookup> {
    const order = this.byNumber.get(orderNumber);
    if (order === undefined) return { kind: 'not_found' };
    return { kind: 'found', order: shiftOrder(order, shiftToNow(this.data, this.clock)) };
  }

  async recentOrdersOf(customerId: string): Promise<CustomerOrdersLookup> {
    const orderNumbers = this.data.customers.get(customerId);
    if (orderNumbers === undefined) return { kind: 'not_found' };
    const deltaMs = shiftToNow(this.data, this.clock);
    const orders = orderNumbers
      .flatMap((orderNumber) => {
        const order = this.byNumber.get(orderNumber);
        return order === undefined ? [] : [summarise(shiftOrder(order, deltaMs))];
      })
      .sort((a, b) => Date.parse(b.placedAt) - Date.parse(a.placedAt))
      .slice(0, RECENT_ORDERS_LIMIT);
    return { kind: 'found', orders };
  }
}

export class FixtureCarrierAlertSource implements CarrierAlertSource {
  private readonly data: FixtureData;
  private readonly clock: Clock;

  constructor({ data, clock }: { data: FixtureData; clock: Clock }) {
    this.data = data;
    this.clock = clock;
  }

  async alertsFor(carrier: string, state: AuState): Promise<CarrierAlertsLookup> {
    const now = this.clock.now().getTime();
    const deltaMs = now - this.data.recordedAt.getTime();
    const alerts = this.data.alerts
      .filter((alert) => alert.carrier === carrier && (alert.states.length === 0 || alert.states.includes(state)))
      .map((alert) => shiftAlert(alert, deltaMs))
      .filter((alert) => Date.parse(alert.from) <= now && (alert.until === null || Date.parse(alert.until) > now));
    return { kind: 'found', alerts };
  }
}

function summarise(order: Order): OrderSummary {
  return {
    orderNumber: order.orderNumber,
    placedAt: order.placedAt,
    status: leastAdvancedStatus(order),
    itemCount: order.shipments.reduce(
      (count, shipment) => count + shipment.items.reduce((sum, item) => sum + item.quantity, 0),
      0,
    ),
  };
}
