import type { DeliveryTimeframes } from '../../src/domain/delivery-timeframes';
import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import type { CopyFor } from './copy-types';
import { deliveryDays, readyFrom } from './format-dates';
import { bulletList, capitalise, escapeMarkdown, paragraphs, sentences } from './markdown';
import { zoneNote } from './zone-note';
import {
  alertNote,
  carrierName,
  expectation,
  isMarketplace,
  marketplaceWarning,
  parcelFrom,
  proofOfDeliveryNote,
  trackingReference,
  trackingSentence,
} from './parcel-phrases';

/** Tracking, delays and a parcel that says delivered: what we know and what happens next. */

function carrierOrFallback(shipment: ShipmentView): string {
  return carrierName(shipment) ?? 'the delivery company';
}


function marketplaceNote(shipment: ShipmentView): string | false {
  return isMarketplace(shipment) && marketplaceWarning(shipment);
}

function noTrackingYet(shipment: ShipmentView, overdue: boolean): string {
  if (overdue) {
    return sentences(
      `Tracking for ${parcelFrom(shipment)} should have shown up by now, so it's taking longer than it should.`,
      `Let me check what's happening with ${carrierOrFallback(shipment)}.`,
    );
  }
  const carrier = carrierName(shipment);
  return paragraphs(
    sentences(
      `${capitalise(parcelFrom(shipment))} has been sent${carrier ? ` with ${carrier}` : ''}, but tracking can take 24 to 48 hours after the shipping email to show any updates.`,
      trackingSentence(shipment),
    ),
    "If there's still nothing after that, come back and I'll look into it.",
    marketplaceNote(shipment),
  );
}

function trackingAvailable(shipment: ShipmentView): string {
  const carrier = carrierName(shipment);
  const withCarrier = carrier ? ` with ${carrier}` : '';
  const intro =
    shipment.trackingNumber === null
      ? `There's no tracking number for ${parcelFrom(shipment)} yet.`
      : shipment.trackingLink === null
        ? `The tracking number for ${parcelFrom(shipment)} is ${trackingReference(shipment) ?? ''}${withCarrier}. You can enter it on ${carrier ?? "the delivery company"}'s website.`
        : `Here's the tracking for ${parcelFrom(shipment)}${withCarrier}: ${trackingReference(shipment) ?? ''}.`;
  const expected = expectation(shipment);
  return paragraphs(sentences(intro, expected ? `It ${expected}.` : null), marketplaceNote(shipment));
}

const SCANS_LAG = "Tracking can take 24 to 48 hours to update after a scan, so it may simply not show the latest move yet.";

/** Not late. With a carrier alert in force the wait is longer than usual, so it is never called "on track". */
function onTrack(order: OrderView, shipment: ShipmentView, trackingAsked: boolean, timeframes: DeliveryTimeframes): string {
  const expected = expectation(shipment);
  // The carrier is named: a customer whose tracking has gone quiet may want to ask them.
  const carrier = carrierName(shipment);
  const withCarrier = carrier ? ` with ${carrier}` : '';
  if (shipment.alerts.length > 0) {
    return paragraphs(
      sentences(expected ? `${capitalise(parcelFrom(shipment))} ${expected}.` : null, zoneNote(order, shipment, timeframes), trackingSentence(shipment)),
      "I'll be honest: with the alert it may take a little longer than usual, but it's still on its way.",
      trackingAsked ? SCANS_LAG : null,
      marketplaceNote(shipment),
    );
  }
  return paragraphs(
    sentences(
      `Good news: ${parcelFrom(shipment)} is on track${withCarrier}.`,
      expected ? `It ${expected}, so there's nothing to worry about just yet.` : "There's nothing to worry about just yet.",
      zoneNote(order, shipment, timeframes),
      trackingSentence(shipment),
    ),
    trackingAsked ? SCANS_LAG : null,
    marketplaceNote(shipment),
  );
}

/** A remedy was asked for, but the parcel is still inside its window: say when it is due and when to come back. */
function notLateYet(order: OrderView, shipment: ShipmentView, timeframes: DeliveryTimeframes): string {
  const expected = expectation(shipment);
  return paragraphs(
    sentences(`${capitalise(parcelFrom(shipment))} isn't late yet.`, expected ? `It ${expected}.` : null, zoneNote(order, shipment, timeframes), trackingSentence(shipment)),
    "If it hasn't arrived by then, come back and we'll sort out a refund, a return or an alternative.",
    marketplaceNote(shipment),
  );
}

/** "30 hours" below two days, whole days after that. */
function timeSince(hours: number): string {
  if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return `${Math.floor(hours / 24)} days`;
}

function trackingStale(order: OrderView, shipment: ShipmentView, timeframes: DeliveryTimeframes): string {
  const hours = shipment.conditions.hoursSinceLastScan;
  const place = shipment.lastScan?.location ? ` It was last scanned at ${escapeMarkdown(shipment.lastScan.location)}.` : '';
  const { window } = shipment;
  const carrier = carrierOrFallback(shipment);
  const phone = shipment.carrier?.helpPhone;
  return paragraphs(
    `${capitalise(parcelFrom(shipment))} hasn't had a tracking update${hours !== null ? ` for ${timeSince(hours)}` : ' for a while'}.${place}`,
    window.kind === 'business_days'
      ? sentences(
          `It's still due ${deliveryDays(window)}, so it's not lost: most likely it's just between scans.`,
          zoneNote(order, shipment, timeframes),
          "Parcels aren't scanned at every stop, and tracking can take 24 to 48 hours to update after a scan.",
        )
      : "Parcels aren't scanned at every stop, and tracking can take 24 to 48 hours to update after a scan, so it may simply be between scans.",
    sentences(
      "If it hasn't moved in another couple of business days, let me know and we'll chase it up.",
      phone && shipment.trackingNumber
        ? `You can also call ${carrier} on ${escapeMarkdown(phone)} with your tracking number, ${trackingReference(shipment) ?? ''}.`
        : trackingSentence(shipment),
    ),
    marketplaceNote(shipment),
  );
}

function parcelDelayed(shipment: ShipmentView): string {
  const { window } = shipment;
  const due =
    window.kind === 'business_days'
      ? `It was due ${deliveryDays(window)}.`
      : window.kind === 'collection'
        ? `It should have been ${readyFrom(window)}.`
        : null;
  return sentences(`I'm sorry: ${parcelFrom(shipment)} is running late.`, due, trackingSentence(shipment));
}

function missingParcelTips(shipment: ShipmentView): string {
  const carrier = carrierName(shipment);
  return paragraphs(
    `Sorry it's not there. ${capitalise(parcelFrom(shipment))} is marked as delivered, so here are a few places worth checking:`,
    bulletList([
      'your porch, front door and around the property (side gates, behind bins or pot plants)',
      'with your neighbours',
      "any safe place you've asked for",
      'your mailbox or parcel locker',
      `a missed-delivery card${carrier ? ` from ${carrier}` : ''}`,
    ]),
    sentences(
      'Parcels are sometimes marked delivered a little early, and they often turn up within a business day.',
      proofOfDeliveryNote(shipment.proofOfDelivery),
    ),
    // Says what a "no" starts, so the customer knows that answering it asks for the investigation (no case without consent).
    sentences(
      'Did you find it?',
      `If it's still missing, I'll open a missing-parcel investigation with ${carrierOrFallback(shipment)}: we'll ask for proof of delivery and exactly where it was left.`,
    ),
  );
}

function keepLooking(shipment: ShipmentView): string {
  return sentences(
    'No worries, take your time.',
    `If ${parcelFrom(shipment)} hasn't turned up, just tell me and I'll ask ${carrierOrFallback(shipment)} to investigate.`,
  );
}

function notDeliveredYet(shipment: ShipmentView): string {
  const scan = shipment.lastScan;
  const latest = scan
    ? `The latest update${scan.location ? ` is from ${escapeMarkdown(scan.location)}` : ''}: “${escapeMarkdown(scan.description)}”.`
    : null;
  const expected = expectation(shipment);
  const carrier = carrierName(shipment);
  return paragraphs(
    sentences(`${capitalise(parcelFrom(shipment))} hasn't been delivered yet${carrier ? ` and is with ${carrier}` : ''}.`, latest),
    sentences(expected ? `It ${expected}.` : null, trackingSentence(shipment)),
    marketplaceNote(shipment),
  );
}

/** The parcel replies for a deployment: a regional or remote parcel's window quotes its published timeframes. */
export const parcelCopy = (timeframes: DeliveryTimeframes): CopyFor<
  | 'no_tracking_yet'
  | 'tracking_available'
  | 'on_track'
  | 'carrier_alerts'
  | 'tracking_stale'
  | 'parcel_delayed'
  | 'not_late_yet'
  | 'missing_parcel_tips'
  | 'keep_looking'
  | 'glad_found'
  | 'not_delivered_yet'
> => ({
  no_tracking_yet: ({ shipment, overdue }) => noTrackingYet(shipment, overdue),
  tracking_available: ({ shipment }) => trackingAvailable(shipment),
  on_track: ({ order, shipment, trackingAsked }) => onTrack(order, shipment, trackingAsked, timeframes),
  carrier_alerts: ({ shipment }) => alertNote(shipment) ?? '',
  tracking_stale: ({ order, shipment }) => trackingStale(order, shipment, timeframes),
  parcel_delayed: ({ shipment }) => parcelDelayed(shipment),
  not_late_yet: ({ order, shipment }) => notLateYet(order, shipment, timeframes),
  missing_parcel_tips: ({ shipment }) => missingParcelTips(shipment),
  keep_looking: ({ shipment }) => keepLooking(shipment),
  glad_found: () => "That's great news, glad it turned up!",
  not_delivered_yet: ({ shipment }) => notDeliveredYet(shipment),
});
