import type { OrderItems, RecentOrderItemsOutcome, RecentOrderItemsRequest } from '../../state-machines/procedure-io';
import { carrierInfo } from '../domain/carriers';
import type { Order } from '../domain/order';
import { requestFields } from '../observability/request-context';
import type { CallContext } from '../ports/call-context';
import { RECENT_ORDERS_LIMIT } from '../ports/order-source';
import type { ProcedurePorts } from './procedure-ports';

/** What each parcel of an order can be called by; nothing else of the order leaves this function. */
function itemsOf(order: Order): OrderItems {
  return {
    orderNumber: order.orderNumber,
    shipments: order.shipments.map((s) => {
      const carrier = carrierInfo(s.carrier);
      return {
        shipmentId: s.shipmentId,
        seller: { name: s.seller.name },
        carrier: carrier === null ? null : { name: carrier.name },
        items: s.items.map((item) => ({ name: item.name })),
      };
    }),
  };
}

/**
 * A signed-in customer's own recent orders, read together through the order
 * port (so each call has the turn's request id, and the order system
 * client's timeout, retries and circuit breaker), to find the one with an
 * item they named. No more than the contract's recent-orders limit is read.
 * These are trusted reads, like a pick from the customer's list: the
 * verification limiter guards guesses at other people's orders, so these
 * neither consult it nor count against it. An order that cannot be read is
 * logged and left out of the search, never reported as missing.
 */
export async function recentOrderItems(
  request: RecentOrderItemsRequest,
  ports: Pick<ProcedurePorts, 'orders' | 'logger'>,
  call: CallContext = {},
): Promise<RecentOrderItemsOutcome> {
  const orderNumbers = [...new Set(request.orderNumbers)].slice(0, RECENT_ORDERS_LIMIT);
  const lookups = await Promise.all(orderNumbers.map((orderNumber) => ports.orders.findOrder(orderNumber, call)));
  const orders = lookups.flatMap((lookup, index) => {
    if (lookup.kind === 'found') return [itemsOf(lookup.order)];
    const reason = lookup.kind === 'not_found' ? 'listed for the customer but not found' : lookup.reason;
    ports.logger.warn({ ...requestFields(call), orderNumber: orderNumbers[index], outcome: lookup.kind, reason }, 'recent order not read for an item search');
    return [];
  });
  return { orders };
}
