import type { AuState, CarrierAlert, CarrierCode } from '../../src/domain/order';
import type { ShipmentView } from '../../src/domain/order-view';
import { carrierInfo } from '../../src/domain/carriers';
import type { CopyFor } from './copy-types';
import { bulletList, escapeMarkdown, paragraphs, sentences } from './markdown';
import { allItems, carrierName, joinWithAnd, sellerName, trackingReference } from './parcel-phrases';

/** Who is carrying a parcel and how to reach them; the carriers' service alerts. */

function carrierLine(shipment: ShipmentView): string {
  const items = allItems(shipment);
  const parcel = `Your parcel from ${sellerName(shipment)}${items ? ` (${items})` : ''}`;
  const carrier = carrierName(shipment);
  if (carrier === null) return `${parcel} hasn't been handed to a delivery company yet; you'll get tracking as soon as it's sent.`;
  const tracking = trackingReference(shipment);
  const phone = shipment.carrier?.helpPhone;
  return sentences(
    `${parcel} is with ${carrier}.`,
    tracking ? (shipment.trackingLink ? `Track it here: ${tracking}.` : `Its tracking number is ${tracking}.`) : null,
    phone ? `You can call ${carrier} on ${escapeMarkdown(phone)}.` : null,
  );
}

function carrierNames(codes: readonly CarrierCode[]): string {
  return joinWithAnd(codes.map((code) => carrierInfo(code)?.name ?? code));
}

function where(states: readonly AuState[]): string {
  return states.length >= 8 ? 'anywhere in Australia' : `in ${joinWithAnd([...states])}`;
}

function disruptions(carriers: CarrierCode[], states: AuState[], alerts: CarrierAlert[]): string {
  if (alerts.length === 0) {
    // The question was "any delays?": answered no first, in the customer's words, as an alert is answered yes.
    return `No, there are no known delays: there are no service alerts in force for ${carrierNames(carriers)} ${where(states)} right now, so deliveries should be running as usual.`;
  }
  return paragraphs(
    `Yes, there ${alerts.length === 1 ? 'is a service alert' : 'are service alerts'} in force right now:`,
    bulletList(
      alerts.map((alert) => {
        const days = alert.expectedDelayBusinessDays;
        const extra = days ? ` Expect about ${days} extra business ${days === 1 ? 'day' : 'days'}.` : '';
        return `${carrierInfo(alert.carrier)?.name ?? escapeMarkdown(alert.carrier)}: ${escapeMarkdown(alert.headline)}. ${escapeMarkdown(alert.detail)}${extra}`;
      }),
    ),
  );
}

export const carrierCopy: CopyFor<'carrier_details' | 'carrier_disruptions' | 'disruptions_unavailable'> = {
  carrier_details: ({ shipments }) => {
    const [only, ...others] = shipments;
    return only && others.length === 0 ? carrierLine(only) : bulletList(shipments.map(carrierLine));
  },
  carrier_disruptions: ({ carriers, states, alerts }) => disruptions(carriers, states, alerts),
  disruptions_unavailable: () => "Sorry, I can't check the carriers' service alerts right now. Please try again in a few minutes.",
};
