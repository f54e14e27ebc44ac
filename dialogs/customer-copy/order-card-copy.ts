import type { OrderView, ShipmentView } from '../../src/domain/order-view';
import { RETAILER_LINKS } from '../retailer-links';
import { capitalise } from './markdown';
import { deliveryDays, readyFrom, dayOf } from './format-dates';
import { timeZoneOf } from '../../src/domain/state-time-zones';
import { statusLabel } from './status-words';

/**
 * The words of an order card, without its layout: channels that draw cards
 * (Web Chat, Teams) lay these out; the text reply says the same in sentences.
 * Plain text, because card renderers support only a sliver of markdown.
 */
export interface OrderCardContent {
  title: string;
  parcels: {
    heading: string;
    facts: { title: string; value: string }[];
    note: string | null;
    tracking: { label: string; url: string } | null;
  }[];
  helpLink: { label: string; url: string };
}

function expectedFact(shipment: ShipmentView, timeZone: string): string | null {
  const { window } = shipment;
  switch (window.kind) {
    case 'business_days':
      return shipment.conditions.delayed ? `Was due ${deliveryDays(window)}` : capitalise(deliveryDays(window));
    case 'collection':
      return capitalise(readyFrom(window));
    case 'seller_timeframe':
      return "The seller's own timeframe";
    case 'none':
      if (shipment.deliveredAt) return `Delivered ${dayOf(shipment.deliveredAt, timeZone)}`;
      return null;
  }
}

export function orderCardContent(order: OrderView): OrderCardContent {
  const timeZone = timeZoneOf(order.state);
  const several = order.shipments.length > 1;
  return {
    title: `Order ${order.orderNumber}`,
    parcels: order.shipments.map((shipment, index) => {
      const facts = [
        { title: 'Status', value: statusLabel(shipment.status) },
        ...(shipment.carrier ? [{ title: 'Carrier', value: shipment.carrier.name }] : []),
        ...(shipment.trackingNumber ? [{ title: 'Tracking number', value: shipment.trackingNumber }] : []),
      ];
      const expected = expectedFact(shipment, timeZone);
      if (expected) facts.push({ title: shipment.conditions.delivered ? 'Delivered' : 'Expected', value: expected.replace(/^Delivered /, '') });
      return {
        heading: `${several ? `Parcel ${index + 1} from ` : 'From '}${shipment.seller.name}`,
        facts,
        note:
          shipment.seller.type === 'marketplace'
            ? `Sold and sent by ${shipment.seller.name}, a Marketplace seller, with their own carrier and timeline.`
            : null,
        tracking: shipment.trackingLink ? { label: 'Open tracking', url: shipment.trackingLink } : null,
      };
    }),
    helpLink: { label: 'Delivery timeframes', url: RETAILER_LINKS.deliveryTimeframes.url },
  };
}
