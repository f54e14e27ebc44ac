import { CustomerOrdersResponseSchema, OrderSchema } from '../domain/order';
import { RECENT_ORDERS_LIMIT, type CustomerOrdersLookup, type OrderLookup, type OrderSource } from '../ports/order-source';
import type { OmsCallContext, OmsHttpClient } from './oms-http-client';

/** The contract asks for this many; the OMS returns them newest first. */

/** OrderSource over the OMS HTTP API (shared/contracts/order-api.md). Never throws. */
export class HttpOrderSource implements OrderSource {
  constructor(private readonly client: OmsHttpClient) {}

  async findOrder(orderNumber: string, context: OmsCallContext = {}): Promise<OrderLookup> {
    // An answer about another order is a fault of the order system: showing it would tell this customer someone else's order.
    const result = await this.client.getJson({ path: ['orders', orderNumber], ...context }, OrderSchema, (order) =>
      order.orderNumber === orderNumber ? undefined : `OMS answered with order ${order.orderNumber} when asked for ${orderNumber}`,
    );
    return result.kind === 'found' ? { kind: 'found', order: result.value } : result;
  }

  async recentOrdersOf(customerId: string, context: OmsCallContext = {}): Promise<CustomerOrdersLookup> {
    const result = await this.client.getJson(
      { path: ['customers', customerId, 'orders'], query: { limit: String(RECENT_ORDERS_LIMIT) }, ...context },
      CustomerOrdersResponseSchema,
    );
    return result.kind === 'found' ? { kind: 'found', orders: result.value.orders } : result;
  }
}
