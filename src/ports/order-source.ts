import type { Order, OrderSummary } from '../domain/order';
import type { CallContext } from './call-context';
import type { LookupFailure, NotFound } from './lookup-result';

export type OrderLookup = { kind: 'found'; order: Order } | NotFound | LookupFailure;
export type CustomerOrdersLookup = { kind: 'found'; orders: OrderSummary[] } | NotFound | LookupFailure;

/** Recent orders of a signed-in customer, newest first, at most this many (the order API's `limit`). */
export const RECENT_ORDERS_LIMIT = 5;

export interface OrderSource {
  findOrder(orderNumber: string, call?: CallContext): Promise<OrderLookup>;
  recentOrdersOf(customerId: string, call?: CallContext): Promise<CustomerOrdersLookup>;
}
