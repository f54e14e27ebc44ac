import type { OrderItems } from '../procedure-io';
import { ordersNamedIn } from '../shipment-candidates';
import type { SupportContext } from '../support-context';
import { message } from '../support-messages';
import { orderOffers } from './follow-up-offers';
import { procedureSetup } from './procedure-setup';

/** The recent orders the held message names by what was in them (none, one or several). */
function ordersWithItem(context: SupportContext, orders: OrderItems[]): OrderItems[] {
  return context.itemSearch === null ? [] : ordersNamedIn(context.itemSearch.text, orders);
}

/** Where the search started: the order being talked about, or the list of orders. */
const backToOrder = ({ context }: { context: SupportContext }) => context.order !== null;

/**
 * A signed-in customer named something they bought ("where's my lamp?"), but
 * their order list says only dates, counts and statuses. Their recent orders
 * (other than the one already being talked about) are read in full, and the
 * one with that item is checked as if they had picked it from the list: the
 * sign-in is the proof it is theirs, and what else they said (a problem, the
 * parcel it is in) is acted on as usual. Several orders with it: they pick
 * among those. None: the message is read again as if nothing had been looked for.
 */
export const findingNamedItem = procedureSetup.createStateConfig({
  meta: { step: 'collect_details' },
  tags: ['busy'],
  invoke: {
    src: 'loadRecentOrderItems',
    input: ({ context }) => ({
      orderNumbers: context.recentOrders.map((o) => o.orderNumber).filter((orderNumber) => orderNumber !== context.order?.orderNumber),
    }),
    onDone: [
      {
        guard: ({ context, event }) => ordersWithItem(context, event.output.orders).length === 1,
        target: 'checkingOrder',
        actions: { type: 'takeNamedOrder', params: ({ context, event }) => ({ orderNumber: ordersWithItem(context, event.output.orders)[0]?.orderNumber ?? null }) },
      },
      {
        guard: ({ context, event }) => ordersWithItem(context, event.output.orders).length > 1,
        target: 'choosingRecentOrder.listed',
        // Said before the held message is taken in, which lets go of it.
        actions: [
          {
            type: 'reply',
            params: ({ context, event }) => {
              const named = new Set(ordersWithItem(context, event.output.orders).map((o) => o.orderNumber));
              return message('recent_orders', { orders: context.recentOrders.filter((o) => named.has(o.orderNumber)), search: 'several' });
            },
          },
          { type: 'offer', params: ({ context, event }) => orderOffers(ordersWithItem(context, event.output.orders)) },
          { type: 'takeNamedOrder', params: { orderNumber: null } },
        ],
      },
      { guard: backToOrder, target: 'awaitingFollowUp', actions: 'rereadHeldMessage' },
      { target: 'choosingRecentOrder.listed', actions: 'rereadHeldMessage' },
    ],
    // The port reports what it could not read rather than failing; should it fail all the same, nothing was found.
    onError: [
      { guard: backToOrder, target: 'awaitingFollowUp', actions: 'rereadHeldMessage' },
      { target: 'choosingRecentOrder.listed', actions: 'rereadHeldMessage' },
    ],
  },
});
