import type { CarrierAlert } from '../../src/domain/order';
import type { ShipmentView } from '../../src/domain/order-view';
import type { CopyFor } from './copy-types';
import { deliveryDays, readyFrom } from './format-dates';
import { bulletList, capitalise, escapeMarkdown, paragraphs, sentences } from './markdown';
import {
  carrierName,
  expectation,
  isMarketplace,
  marketplaceWarning,
  parcelFrom,
  proofOfDeliveryNote,
  reference,
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
      `${capitalise(parcelFrom(shipment))} has been sent${carrier ? ` with ${carrier}` : ''}, but tracking can take up to 48 hours after the shipping email to show any updates.`,
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

function onTrack(shipment: ShipmentView): string {
  const expected = expectation(shipment);
  return paragraphs(
    sentences(
      `Good news: ${parcelFrom(shipment)} is on track.`,
      expected ? `It ${expected}, so there's nothing to worry about just yet.` : "There's nothing to worry about just yet.",
      trackingSentence(shipment),
    ),
    marketplaceNote(shipment),
  );
}

function extraDays(alert: CarrierAlert): string {
  const days = alert.expectedDelayBusinessDays;
  if (days === null || days === 0) return '';
  return ` (expect about ${days} extra business ${days === 1 ? 'day' : 'days'})`;
}

function carrierAlerts(shipment: ShipmentView, alerts: CarrierAlert[]): string {
  const carrier = capitalise(carrierOrFallback(shipment));
  const intro =
    alerts.length === 1
      ? `Heads up: ${carrier} has a service alert that may slow ${parcelFrom(shipment)} down:`
      : `Heads up: ${carrier} has service alerts that may slow ${parcelFrom(shipment)} down:`;
  return paragraphs(intro, bulletList(alerts.map((alert) => `${escapeMarkdown(alert.headline)}${extraDays(alert)}`)));
}

/** "30 hours" below two days, whole days after that. */
function timeSince(hours: number): string {
  if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return `${Math.floor(hours / 24)} days`;
}

function trackingStale(shipment: ShipmentView): string {
  const hours = shipment.conditions.hoursSinceLastScan;
  const place = shipment.lastScan?.location ? ` It was last scanned at ${escapeMarkdown(shipment.lastScan.location)}.` : '';
  const { window } = shipment;
  const carrier = carrierOrFallback(shipment);
  const phone = shipment.carrier?.helpPhone;
  return paragraphs(
    `${capitalise(parcelFrom(shipment))} hasn't had a tracking update${hours !== null ? ` for ${timeSince(hours)}` : ' for a while'}.${place}`,
    window.kind === 'business_days'
      ? `It's still due ${deliveryDays(window)}, so it's most likely just between scans: parcels aren't scanned at every stop.`
      : 'Parcels aren\'t scanned at every stop, so it may simply be between scans.',
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
    'Did you find it?',
  );
}

function notDeliveredYet(shipment: ShipmentView): string {
  const scan = shipment.lastScan;
  const latest = scan
    ? `The latest update${scan.location ? ` is from ${escapeMarkdown(scan.location)}` : ''}: “${escapeMarkdown(scan.description)}”.`
    : null;
  const expected = expectation(shipment);
  return paragraphs(
    sentences(`${capitalise(parcelFrom(shipment))} isn't marked as delivered yet.`, latest),
    sentences(expected ? `It ${expected}.` : null, trackingSentence(shipment)),
    marketplaceNote(shipment),
  );
}

export const parcelCopy: CopyFor<
  | 'no_tracking_yet'
  | 'tracking_available'
  | 'on_track'
  | 'carrier_alerts'
  | 'tracking_stale'
  | 'parcel_delayed'
  | 'offer_remedy'
  | 'remedy_requested'
  | 'remedy_declined'
  | 'missing_parcel_tips'
  | 'glad_found'
  | 'not_delivered_yet'
> = {
  no_tracking_yet: ({ shipment, overdue }) => noTrackingYet(shipment, overdue),
  tracking_available: ({ shipment }) => trackingAvailable(shipment),
  on_track: ({ shipment }) => onTrack(shipment),
  carrier_alerts: ({ shipment, alerts }) => carrierAlerts(shipment, alerts),
  tracking_stale: ({ shipment }) => trackingStale(shipment),
  parcel_delayed: ({ shipment }) => parcelDelayed(shipment),
  offer_remedy: () =>
    'Would you like us to arrange a refund, a return or an alternative? If so, a person from our team will follow up with you to sort out the details.',
  remedy_requested: ({ shipment, supportCase }) =>
    paragraphs(
      `Done. Your reference is ${reference(supportCase.reference)}.`,
      `A person from our team will be in touch about a refund, return or alternative for ${parcelFrom(shipment)}, and they'll already know the details. If the parcel turns up in the meantime, just let them know.`,
    ),
  remedy_declined: () =>
    "No worries, I'll leave it as it is. If it still hasn't turned up in a few days, come back and we'll sort it out.",
  missing_parcel_tips: ({ shipment }) => missingParcelTips(shipment),
  glad_found: () => "That's great news, glad it turned up!",
  not_delivered_yet: ({ shipment }) => notDeliveredYet(shipment),
};
