import type { CollectionStore, ProofOfDelivery } from '../../src/domain/order';
import type { ShipmentView } from '../../src/domain/order-view';
import { deliveryDays, readyFrom } from './format-dates';
import { escapeMarkdown, helpLink, markdownLink } from './markdown';

/** Pieces of sentence about one parcel, shared by every message that mentions a parcel. */

export function sellerName(shipment: ShipmentView): string {
  return escapeMarkdown(shipment.seller.name);
}

export function carrierName(shipment: ShipmentView): string | null {
  return shipment.carrier ? escapeMarkdown(shipment.carrier.name) : null;
}

/** "your parcel from Kmart" */
export function parcelFrom(shipment: ShipmentView): string {
  return `your parcel from ${sellerName(shipment)}`;
}

/** The tracking number as a link to trackingLink; the bare number without a link; null before there is one. */
export function trackingReference(shipment: ShipmentView): string | null {
  if (shipment.trackingNumber === null) return null;
  return shipment.trackingLink === null
    ? escapeMarkdown(shipment.trackingNumber)
    : markdownLink(shipment.trackingNumber, shipment.trackingLink);
}

/** "Track it here: [number](link)." — or just the number when there is no link to give (an unknown carrier). */
export function trackingSentence(shipment: ShipmentView): string | null {
  const tracking = trackingReference(shipment);
  if (tracking === null) return null;
  return shipment.trackingLink === null ? `Its tracking number is ${tracking}.` : `Track it here: ${tracking}.`;
}

export function isMarketplace(shipment: ShipmentView): boolean {
  return shipment.seller.type === 'marketplace';
}

/** Shown with every Marketplace parcel: our timeframes and carriers do not apply to it. */
export function marketplaceWarning(shipment: ShipmentView): string {
  return (
    `${sellerName(shipment)} is a Marketplace seller: this item is sold and sent by them, ` +
    `with their own carrier and delivery timeline (see ${helpLink('marketplaceDelivery')}).`
  );
}

/** "Anko Bath Towel ×2 and 2 more items", so parcels from the same seller can be told apart. */
export function itemsSummary(shipment: ShipmentView): string | null {
  const [first, ...rest] = shipment.items;
  if (!first) return null;
  const firstItem = `${escapeMarkdown(first.name)}${first.quantity > 1 ? ` ×${first.quantity}` : ''}`;
  if (rest.length === 0) return firstItem;
  return `${firstItem} and ${rest.length} more ${rest.length === 1 ? 'item' : 'items'}`;
}

/** Every item, as long as the list stays readable: "Anko Toaster and Anko Mug ×4". */
export function allItems(shipment: ShipmentView): string | null {
  if (shipment.items.length === 0) return null;
  if (shipment.items.length > 4) return itemsSummary(shipment);
  return joinWithAnd(shipment.items.map((item) => `${escapeMarkdown(item.name)}${item.quantity > 1 ? ` ×${item.quantity}` : ''}`));
}

/**
 * When to expect the parcel, finishing a sentence that starts "It ...";
 * null when there is nothing left to expect (delivered, collected, waiting
 * at the store, cancelled). A late parcel is never given a date in the past
 * as if it were still to come; a parcel out for delivery arrives today.
 */
export function expectation(shipment: ShipmentView): string | null {
  // With the driver today, a window of several days would only make the customer think it is further away.
  if (shipment.status === 'out_for_delivery') return 'is out for delivery and should arrive today';
  const { window } = shipment;
  const late = shipment.conditions.delayed;
  switch (window.kind) {
    case 'business_days': {
      if (late) return `was due ${deliveryDays(window)} and is running late`;
      const allowing = window.carrierDelayBusinessDays > 0 ? ", allowing for the carrier's delay" : '';
      // The processing allowance is already inside the window; the customer only needs to know it has not left yet.
      return window.countedFrom === 'dispatch'
        ? `should arrive ${deliveryDays(window)}${allowing}`
        : `hasn't shipped yet, but should be on its way within ${window.processingBusinessDays ?? 'a few'} business days, then arrive ${deliveryDays(window)}${allowing}`;
    }
    case 'collection':
      return late ? `should have been ${readyFrom(window)} and is running late` : `should be ${readyFrom(window)}`;
    case 'seller_timeframe':
      return "will arrive within the seller's own timeframe";
    case 'none':
      return window.reason === 'express_not_offered' || window.reason === 'unknown_zone'
        ? `doesn't have a delivery estimate I can give you, but our ${helpLink('deliveryTimeframes')} page has the usual times`
        : null;
  }
}

/** What happens to the money for a cancelled parcel: said wherever one is mentioned, so "why was it cancelled?" is not left wondering. */
export const CANCELLED_REFUND = 'refunded automatically to the payment method you used';

/** "Kmart Parramatta", or "Kmart Cannington, Perth" when the name does not already say where it is. */
export function storePlace(store: CollectionStore): string {
  const name = escapeMarkdown(store.name);
  return store.name.toLowerCase().includes(store.suburb.toLowerCase()) ? name : `${name}, ${escapeMarkdown(store.suburb)}`;
}

const PROOF_KIND: Record<ProofOfDelivery['kind'], string> = {
  signature: 'Someone signed for it.',
  photo: 'The driver took a photo when they left it.',
  safe_drop: 'The driver left it in a safe place.',
};

function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** What the carrier recorded at delivery, in the customer's words. */
export function proofOfDeliveryNote(proof: ProofOfDelivery | null): string | null {
  if (proof === null) return null;
  const parts = [PROOF_KIND[proof.kind]];
  if (proof.note !== null && proof.note.trim() !== '') parts.push(`The driver's note says “${escapeMarkdown(proof.note)}”.`);
  if (proof.url !== null && isWebLink(proof.url)) parts.push(`You can ${markdownLink('see the proof of delivery', proof.url)}.`);
  return parts.join(' ');
}

/** "A", "A and B", "A, B and C" */
export function joinWithAnd(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** "**MP-7Q4K2PXA**": the one thing the customer should copy down. */
export function reference(ref: string): string {
  return `**${escapeMarkdown(ref)}**`;
}

/** "about 3 extra business days" */
function extraDays(days: number | null): string {
  if (days === null || days === 0) return '';
  return ` (about ${days} extra business ${days === 1 ? 'day' : 'days'})`;
}

/** The carrier's service alerts in force for this parcel, named so the customer knows why the wait is longer. */
export function alertNote(shipment: ShipmentView): string | null {
  if (shipment.alerts.length === 0) return null;
  const carrier = carrierName(shipment) ?? 'The delivery company';
  const alerts = shipment.alerts.map((alert) => `${escapeMarkdown(alert.headline)}${extraDays(alert.expectedDelayBusinessDays)}`);
  return `Heads up: ${carrier} has a service alert that may slow it down: ${joinWithAnd(alerts)}.`;
}
