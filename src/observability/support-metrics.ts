import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What operations watches, in Prometheus' text format at /metrics. One
 * registry per composed bot (tests compose several in one process), with
 * Node's own process metrics beside ours.
 */
export interface SupportMetrics {
  registry: Registry;
  turns: Counter<'kind'>;
  turnSeconds: Histogram<'kind'>;
  turnErrors: Counter<'kind'>;
  lookups: Counter<'outcome'>;
  casesOpened: Counter<'kind'>;
  handoffs: Counter<'reason'>;
  conversations: Counter;
  rateLimitedLookups: Counter<'limit'>;
}

export function createSupportMetrics(): SupportMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const conversations = new Counter({ name: 'support_conversations_total', help: 'Conversations that had a first turn', registers });
  const handoffs = new Counter({ name: 'support_handoffs_total', help: 'Conversations handed to a person, by reason', labelNames: ['reason'], registers });
  // Containment: the share of conversations answered without a person (since this process started).
  new Gauge({
    name: 'support_containment_ratio',
    help: 'Share of conversations not handed to a person, since start (1 before any conversation)',
    registers,
    async collect() {
      const started = (await conversations.get()).values[0]?.value ?? 0;
      const handedOff = (await handoffs.get()).values.reduce((sum, v) => sum + v.value, 0);
      this.set(started === 0 ? 1 : Math.max(0, 1 - handedOff / started));
    },
  });
  return {
    registry,
    conversations,
    handoffs,
    turns: new Counter({ name: 'support_turns_total', help: 'Customer turns answered, by kind (message, click, start)', labelNames: ['kind'], registers }),
    turnSeconds: new Histogram({
      name: 'support_turn_duration_seconds',
      help: 'Time to run a customer turn (understanding, lookups, machine, save), by kind',
      labelNames: ['kind'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    turnErrors: new Counter({ name: 'support_turn_errors_total', help: 'Customer turns that failed, by kind', labelNames: ['kind'], registers }),
    lookups: new Counter({
      name: 'support_order_lookups_total',
      help: 'Order system lookups by outcome (found, not_found, unavailable, invalid_response, error)',
      labelNames: ['outcome'],
      registers,
    }),
    casesOpened: new Counter({ name: 'support_cases_opened_total', help: 'Cases newly opened (not the same open case asked for again), by kind', labelNames: ['kind'], registers }),
    rateLimitedLookups: new Counter({
      name: 'support_rate_limited_lookups_total',
      help: 'Verification attempts refused by the guessing limits, by limit (order, requester)',
      labelNames: ['limit'],
      registers,
    }),
  };
}
