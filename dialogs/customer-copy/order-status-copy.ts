import type { DeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import { timeZoneOf } from '../../src/domain/state-time-zones';
import type { CopyFor } from './copy-types';
import { dayOf, timeAndDayOf } from './format-dates';
import { bulletList, escapeMarkdown, paragraphs, sentences } from './markdown';
import {
  CANCELLED_REFUND,
  alertNote,
  allItems,
  carrierName,
  expectation,
  isMarketplace,
  itemsSummary,
  marketplaceWarning,
  proofOfDeliveryNote,
  sellerName,
  storePlace,
  trackingReference,
  trackingSentence,
} from './parcel-phrases';
import { statusLabel, statusMeaning, statusWords } from './status-words';
import { zoneNote } from './zone-note';

/** The order explained: one parcel in a few sentences, several as a list. */

function greeting(order: OrderView): string {
  const hi = order.firstName ? `Hi ${escapeMarkdown(order.firstName)}! ` : '';
  return `${hi}Here's the latest on order ${escapeMarkdown(order.orderNumber)}.`;
}

function expectedSentence(shipment: ShipmentView): string | null {
  const expected = expectation(shipment);
  return expected ? `It ${expected}.` : null;
}

function store(order: OrderView): string {
  return order.collectionStore ? storePlace(order.collectionStore) : 'the store';
}

/** One parcel told in full: what is happening, with whom, and when to expect it. */
function singleParcel(order: OrderView, shipment: ShipmentView): string {
  const zone = timeZoneOf(order.state);
  const carrier = carrierName(shipment);
  const withCarrier = carrier ? ` with ${carrier}` : '';
  const collect = order.fulfilment === 'click_and_collect';
  const on = (time: string | null) => (time ? ` on ${dayOf(time, zone)}` : '');

  switch (shipment.status) {
    case 'processing':
      return sentences(
        // "Has it shipped yet?" is what a customer asking about a processing order wants answered, in so many words.
        isMarketplace(shipment)
          ? `${sellerName(shipment)} has your order and is preparing it: it hasn't shipped yet.`
          : collect
            ? `We've got your order and will get it ready for collection at ${store(order)}.`
            : // When to expect it says it hasn't shipped yet.
              "We've got your order and are preparing it.",
        expectedSentence(shipment),
      );
    case 'picking':
      return sentences(
        collect ? `We're packing your order for collection at ${store(order)}.` : "We're packing your order now.",
        expectedSentence(shipment),
      );
    case 'shipped':
      return sentences(
        `It's on its way${withCarrier}.`,
        trackingSentence(shipment) ?? 'Tracking details should show up soon.',
        expectedSentence(shipment),
      );
    case 'out_for_delivery':
      return sentences(`Good news: it's out for delivery${withCarrier} today.`, trackingSentence(shipment));
    case 'delivered':
      return sentences(
        `It was delivered${on(shipment.deliveredAt)}${carrier ? ` by ${carrier}` : ''}.`,
        proofOfDeliveryNote(shipment.proofOfDelivery),
      );
    case 'ready_to_collect':
      return sentences(
        `It's ready to collect from ${store(order)}` +
          (shipment.readyForCollectionAt ? ` (ready since ${timeAndDayOf(shipment.readyForCollectionAt, zone)}).` : '.'),
        'Bring your order number and photo ID.',
      );
    case 'collected':
      return `It was collected from ${store(order)}${on(shipment.deliveredAt)}.`;
    case 'cancelled':
      return `It was cancelled, so it won't be sent. It's ${CANCELLED_REFUND}, usually showing within 3 to 5 business days.`;
  }
}

/** One line of the list: "Parcel 1 from Kmart (Towel ×2): on its way — Australia Post 36LB… — should arrive …". */
function parcelLine(order: OrderView, shipment: ShipmentView, index: number): string {
  const zone = timeZoneOf(order.state);
  const items = itemsSummary(shipment);
  const name = `Parcel ${index + 1} from ${sellerName(shipment)}${items ? ` (${items})` : ''}`;
  const when = (time: string | null) => (time ? ` ${dayOf(time, zone)}` : '');

  const status =
    shipment.status === 'delivered' || shipment.status === 'collected'
      ? `${statusWords(shipment.status)}${when(shipment.deliveredAt)}`
      : shipment.status === 'ready_to_collect'
        ? `ready to collect at ${store(order)}`
        : shipment.status === 'cancelled'
          ? `cancelled and ${CANCELLED_REFUND}`
          : statusWords(shipment.status);
  // A cancelled parcel will not travel, so its carrier and tracking would only mislead.
  const carrierAndTracking =
    shipment.status === 'cancelled'
      ? null
      : [carrierName(shipment), trackingReference(shipment)].filter((part) => part !== null).join(' ');
  // Out for delivery already says when.
  const expected = shipment.status === 'out_for_delivery' ? 'today' : expectation(shipment);

  const line = [status, carrierAndTracking, expected].filter((part) => part !== null && part !== '').join(' — ');
  return sentences(`${name}: ${line}.`, alertNote(shipment), isMarketplace(shipment) ? marketplaceWarning(shipment) : null);
}

/** One parcel of the order, when the customer asked about it by name: "where's the easel?". */
function parcelStatus(order: OrderView, shipment: ShipmentView): string {
  const items = allItems(shipment);
  return paragraphs(
    `Your parcel from ${sellerName(shipment)}${items ? ` (${items})` : ''}:`,
    singleParcel(order, shipment),
    alertNote(shipment),
    isMarketplace(shipment) && marketplaceWarning(shipment),
  );
}

/** "Everything comes in one parcel: ...", so a customer wondering whether the toaster travels with the mugs has the answer. */
function contents(shipment: ShipmentView): string | null {
  const items = allItems(shipment);
  if (items === null) return null;
  return shipment.items.length > 1 ? `Everything comes in one parcel: ${items}.` : `It's your ${items}.`;
}

function orderStatus(order: OrderView, timeframes: DeliveryTimeframes): string {
  const [only, ...others] = order.shipments;
  if (only && others.length === 0) {
    return paragraphs(
      greeting(order),
      sentences(singleParcel(order, only), zoneNote(order, only, timeframes), contents(only)),
      alertNote(only),
      isMarketplace(only) && marketplaceWarning(only),
    );
  }
  const hi = order.firstName ? `Hi ${escapeMarkdown(order.firstName)}! ` : '';
  return paragraphs(
    `${hi}Here's the latest on order ${escapeMarkdown(order.orderNumber)}, which comes in ${order.shipments.length} parcels:`,
    bulletList(order.shipments.map((shipment, index) => parcelLine(order, shipment, index))),
  );
}

function whichParcel(shipments: ShipmentView[]): string {
  const list = shipments
    .map((s, i) => {
      const items = itemsSummary(s);
      return `${i + 1}. From ${sellerName(s)}${items ? ` (${items})` : ''}: ${statusWords(s.status)}`;
    })
    .join('\n');
  return paragraphs('Which parcel do you mean?', list, 'Tap one below, or type its number.');
}

/** The order's copy for a deployment: a regional or remote order quotes its published timeframes. */
export const orderStatusCopy = (timeframes: DeliveryTimeframes): CopyFor<
  'order_status' | 'parcel_status' | 'delivery_destination' | 'status_meanings' | 'not_click_and_collect' | 'which_parcel'
> => ({
  order_status: ({ order }) => orderStatus(order, timeframes),
  parcel_status: ({ order, shipment }) => parcelStatus(order, shipment),
  // The suburb and state are what the order view keeps of the address; the customer can tell from them whether it is right.
  delivery_destination: ({ order }) =>
    `It's going to ${escapeMarkdown(order.suburb)} ${order.state}. If that's not the right address, tell me and I'll help you change it.`,
  status_meanings: ({ statuses }) =>
    paragraphs(
      statuses.length === 1 ? "Here's what that means:" : "Here's what those mean:",
      bulletList(statuses.map((status) => `**${statusLabel(status)}**: ${statusMeaning(status)}`)),
    ),
  not_click_and_collect: () =>
    "This order is being delivered to your address rather than collected from a store, so there's nothing to pick up. I can help you track it instead.",
  which_parcel: ({ shipments }) => whichParcel(shipments),
});
