import pino from 'pino';
import { DEFAULT_FIXTURES_DIR, FixtureCarrierAlertSource, loadFixtureOrders } from '../../src/adapters/fixture-order-source';
import { systemClock } from '../../src/adapters/system-clock';
import { buildSupportServices } from '../../src/composition/build-support-services';
import { loadConfig } from '../../src/config/load-config';
import { assessOrder } from '../../src/domain/assess-order';
import { defaultDeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import { defaultPostcodeZoneRules } from '../../src/domain/delivery-zone';
import { readEnvelope } from '../../state-machines/snapshot-envelope';
import { packContext, unpackContext } from '../../state-machines/stored-context';
import { initialContext, SupportContextSchema, type SupportContext } from '../../state-machines/support-context';

const data = loadFixtureOrders(DEFAULT_FIXTURES_DIR);
const alerts = new FixtureCarrierAlertSource({ data, clock: systemClock });
const rules = { timeframes: defaultDeliveryTimeframes, zoneRules: defaultPostcodeZoneRules };

async function verifiedContextFor(orderNumber: string): Promise<SupportContext> {
  const order = data.orders.find((o) => o.orderNumber === orderNumber);
  if (!order) throw new Error(`no fixture ${orderNumber}`);
  const state = (order.deliveryAddress ?? order.collectionStore)?.state ?? 'NSW';
  const carriers = [...new Set(order.shipments.flatMap((s) => (s.carrier ? [s.carrier] : [])))];
  const inForce = (await Promise.all(carriers.map((c) => alerts.alertsFor(c, state)))).flatMap((l) => (l.kind === 'found' ? l.alerts : []));
  const contact = { kind: 'email' as const, value: order.customer.email };
  return {
    ...initialContext({ conversationId: 'webchat-3fJk2c9Xq1Lz8-au|0000001' }),
    orderNumber,
    contact,
    lastContact: contact,
    verifiedContact: contact,
    verified: true,
    order: assessOrder(order, rules, new Date(), inForce),
    offers: [{ kind: 'topic', topic: 'done' }, { kind: 'yes_no', question: 'found_parcel' }],
    tried: ['verified_and_checked_order'],
  };
}

describe('the saved form of the context', () => {
  it.each(data.orders.map((o) => o.orderNumber))('gives back exactly the context it was made from (order %s)', async (orderNumber) => {
    const context = await verifiedContextFor(orderNumber);
    const saved: unknown = JSON.parse(JSON.stringify(packContext(context)));
    expect(SupportContextSchema.parse(unpackContext(saved))).toEqual(context);
  });

  it('loads a whole, unpacked context (as older snapshots hold) unchanged', async () => {
    const context = await verifiedContextFor('4000123470');
    expect(SupportContextSchema.parse(unpackContext(JSON.parse(JSON.stringify(context))))).toEqual(context);
  });

  it('keeps the e-mail once, not once per contact field', async () => {
    const saved = JSON.stringify(packContext(await verifiedContextFor('4000123470')));
    expect(saved.split('priya.sharma@example.com')).toHaveLength(2);
  });
});

describe('a saved conversation', () => {
  it('is at most 2 KB after answering about a three-parcel order, and loads back whole', async () => {
    const services = await buildSupportServices(loadConfig({ LOG_LEVEL: 'silent' }), systemClock, pino({ level: 'silent' }));
    try {
      const conversationId = 'webchat-3fJk2c9Xq1Lz8-au|0000001';
      const outcome = await services.conversations.say(conversationId, '4000123470 priya.sharma@example.com');
      expect(outcome.context.order?.shipments).toHaveLength(3);
      const saved = JSON.stringify(outcome.envelope);
      expect(Buffer.byteLength(saved)).toBeLessThanOrEqual(2048);
      const reading = readEnvelope(JSON.parse(saved));
      expect(reading.kind).toBe('usable');
      if (reading.kind === 'usable') expect(reading.snapshot.context).toEqual(outcome.context);
    } finally {
      await services.state.close();
    }
  });
});
