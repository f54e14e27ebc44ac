import type { ShipmentStatus } from '../../src/domain/order';
import { CANCELLED_REFUND } from './parcel-phrases';

/** A status in a few plain words, lower case so it reads inside a sentence. */
const STATUS_WORDS: Record<ShipmentStatus, string> = {
  processing: 'order received',
  picking: 'being packed',
  ready_to_collect: 'ready to collect',
  collected: 'collected',
  shipped: 'on its way',
  out_for_delivery: 'out for delivery',
  delivered: 'delivered',
  cancelled: 'cancelled',
};

/** What each status means for the customer (order-api.md's status table, without our jargon). */
const STATUS_MEANINGS: Record<ShipmentStatus, string> = {
  processing: "We've got your order and your payment is confirmed. We haven't started packing it yet.",
  picking: 'Our store or warehouse team is picking and packing your items.',
  ready_to_collect: 'Your Click & Collect order is waiting for you at the store.',
  collected: 'Your Click & Collect order has been picked up from the store.',
  shipped: "Your parcel has left us and is with the carrier (the delivery company). You can follow it with the tracking number.",
  out_for_delivery: 'The delivery company is planning to drop it off today.',
  delivered: 'The delivery company has confirmed it was delivered.',
  cancelled: `This part of your order was cancelled, so it won't be sent. It's ${CANCELLED_REFUND}.`,
};

export function statusWords(status: ShipmentStatus): string {
  return STATUS_WORDS[status];
}

/** For button titles and list labels: "On its way". */
export function statusLabel(status: ShipmentStatus): string {
  const words = STATUS_WORDS[status];
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function statusMeaning(status: ShipmentStatus): string {
  return STATUS_MEANINGS[status];
}
