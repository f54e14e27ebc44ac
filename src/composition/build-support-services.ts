import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { customerCopy, type CustomerCopy } from '../../dialogs/customer-copy/customer-copy';
import { createUnderstander, type Understander } from '../../dialogs/understanding/customer-message-understander';
import { FixtureCarrierAlertSource, FixtureOrderSource, DEFAULT_FIXTURES_DIR, loadFixtureOrders } from '../adapters/fixture-order-source';
import { HttpCarrierAlertSource } from '../adapters/http-carrier-alert-source';
import { HttpOrderSource } from '../adapters/http-order-source';
import { OmsHttpClient } from '../adapters/oms-http-client';
import type { Env } from '../config/config-schema';
import { cardSummaryWording } from '../conversation/conversation-transcript';
import { CustomerConversations } from '../conversation/customer-conversations';
import { provideProcedure, type ProvidedProcedure } from '../conversation/provide-procedure';
import { rememberingCopy } from '../conversation/remembering-copy';
import type { CaseStore } from '../ports/case-store';
import { defaultDeliveryTimeframes, parseDeliveryTimeframes } from '../domain/delivery-timeframes';
import { defaultPostcodeZoneRules, zoneForPostcode } from '../domain/delivery-zone';
import { orderNumberPattern } from '../domain/order-number';
import { MeasuredCustomerConversations } from '../observability/measured-conversations';
import { measuredConversationStore } from '../observability/measured-conversation-store';
import { measuredCaseStore, measuredOrderSource, measuredVerifications } from '../observability/measured-ports';
import { createSupportMetrics, type SupportMetrics } from '../observability/support-metrics';
import { openSharedState, type SharedState, type SharedStateOptions } from './shared-state';
import type { CarrierAlertSource } from '../ports/carrier-alert-source';
import type { Clock } from '../ports/clock';
import type { OrderSource } from '../ports/order-source';
import type { FixtureData } from '../adapters/fixture-order-source';

export interface SupportServices {
  conversations: CustomerConversations;
  /** The procedure's messages in words for customers, quoting the deployment's published timeframes. */
  copy: CustomerCopy;
  /** Present when ORDER_SOURCE=fixtures, so development pages can list orders to try. */
  fixtures: { data: FixtureData; dir: string } | null;
  /** The same machine, understanding and cases, for the agent copilot (src/composition/compose-copilot.ts). */
  shared: { procedure: ProvidedProcedure; understander: Understander; cases: CaseStore };
  /** The stores every instance shares (PostgreSQL and Redis when configured), their readiness checks and how to close them. */
  state: SharedState;
  /** Turns, lookups, cases, handoffs and containment, counted by decorators around the ports and the use case (served at /metrics). */
  metrics: SupportMetrics;
}

function orderSources(config: Env, clock: Clock, logger: Logger): { orders: OrderSource; alerts: CarrierAlertSource; fixtures: SupportServices['fixtures'] } {
  if (config.ORDER_SOURCE === 'http' && config.ORDER_API_URL) {
    const client = new OmsHttpClient({
      baseUrl: config.ORDER_API_URL,
      ...(config.ORDER_API_TOKEN ? { token: config.ORDER_API_TOKEN } : {}),
      timeoutMs: config.ORDER_API_TIMEOUT_MS,
      maxRetries: config.ORDER_API_MAX_RETRIES,
      logger: logger.child({ component: 'oms' }),
    });
    return { orders: new HttpOrderSource(client), alerts: new HttpCarrierAlertSource(client), fixtures: null };
  }
  const dir = config.FIXTURES_DIR ?? DEFAULT_FIXTURES_DIR;
  const data = loadFixtureOrders(dir);
  return { orders: new FixtureOrderSource({ data, clock }), alerts: new FixtureCarrierAlertSource({ data, clock }), fixtures: { data, dir } };
}

/**
 * Everything the customer bot, the terminal chat and the copilot share, wired
 * once from the parsed configuration. Trains the NLU here, at start-up.
 */
export async function buildSupportServices(config: Env, clock: Clock, logger: Logger, stateOptions: SharedStateOptions = {}): Promise<SupportServices> {
  const metrics = createSupportMetrics();
  const sources = orderSources(config, clock, logger);
  const { alerts, fixtures } = sources;
  const orders = measuredOrderSource(sources.orders, metrics);
  const state = await openSharedState(config, clock, logger, stateOptions);
  const timeframes = config.DELIVERY_TIMEFRAMES_FILE
    ? parseDeliveryTimeframes(JSON.parse(readFileSync(config.DELIVERY_TIMEFRAMES_FILE, 'utf8')) as unknown)
    : defaultDeliveryTimeframes;
  const cases = measuredCaseStore(state.cases, metrics);
  const procedure = provideProcedure({
    orders,
    alerts,
    cases,
    verifications: measuredVerifications(state.verifications, metrics),
    clock,
    rules: { timeframes, zoneRules: defaultPostcodeZoneRules },
    logger: logger.child({ component: 'procedure' }),
  });
  const understander = await createUnderstander({
    orderNumberPattern: orderNumberPattern(config.ORDER_NUMBER_PATTERN),
    zoneOfPostcode: (postcode) => zoneForPostcode(postcode, defaultPostcodeZoneRules),
  });
  // One remembering copy for the transcript and the replies, which render the same message objects.
  const copy = rememberingCopy(customerCopy(timeframes));
  const conversations = new MeasuredCustomerConversations(
    { procedure, understander, store: measuredConversationStore(state.conversations, metrics), clock, transcriptWording: cardSummaryWording(copy) },
    metrics,
    logger.child({ component: 'turns' }),
  );
  return { conversations, copy, fixtures, shared: { procedure, understander, cases }, state, metrics };
}
