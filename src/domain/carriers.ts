import { CarrierCodeSchema, type CarrierCode, type Shipment } from './order';

type CarrierEntry = {
  name: string;
  /** '{trackingNumber}' is replaced by the URL-encoded tracking number. */
  trackingUrlTemplate: string;
  /** Null when the carrier has no phone line for customers. */
  helpPhone: string | null;
};

const CARRIERS: Record<CarrierCode, CarrierEntry> = {
  auspost: {
    name: 'Australia Post',
    trackingUrlTemplate: 'https://auspost.com.au/mypost/track/details/{trackingNumber}',
    helpPhone: '13 13 18',
  },
  startrack: {
    name: 'StarTrack',
    trackingUrlTemplate: 'https://startrack.com.au/track/details/{trackingNumber}',
    helpPhone: '13 23 45',
  },
  aramex: {
    name: 'Aramex',
    trackingUrlTemplate: 'https://www.aramex.com.au/tools/track?l={trackingNumber}',
    helpPhone: '13 17 25',
  },
  couriersplease: {
    name: 'CouriersPlease',
    trackingUrlTemplate: 'https://www.couriersplease.com.au/tools-track/no/{trackingNumber}',
    helpPhone: '1300 361 000',
  },
  tnt: {
    name: 'TNT',
    trackingUrlTemplate:
      'https://www.tnt.com/express/en_au/site/shipping-tools/tracking.html?searchType=con&cons={trackingNumber}',
    helpPhone: '13 11 50',
  },
  dhl: {
    name: 'DHL',
    trackingUrlTemplate: 'https://www.dhl.com/au-en/home/tracking/tracking-parcel.html?submit=1&tracking-id={trackingNumber}',
    helpPhone: '13 14 06',
  },
  teamglobalexpress: {
    name: 'Team Global Express',
    trackingUrlTemplate: 'https://www.mytoll.com/?externalSearchQuery={trackingNumber}',
    helpPhone: '13 15 31',
  },
  sendle: {
    name: 'Sendle',
    trackingUrlTemplate: 'https://track.sendle.com/tracking?ref={trackingNumber}',
    helpPhone: null,
  },
};

export type CarrierInfo = {
  code: string;
  name: string;
  helpPhone: string | null;
  /** False for a code outside the contract: it is shown by name, with no link and no phone. */
  known: boolean;
};

function knownCode(code: string): CarrierCode | null {
  const parsed = CarrierCodeSchema.safeParse(code.trim().toLowerCase());
  return parsed.success ? parsed.data : null;
}

export function carrierInfo(code: string | null): CarrierInfo | null {
  if (code === null || code.trim() === '') return null;
  const known = knownCode(code);
  if (known === null) return { code, name: code, helpPhone: null, known: false };
  const entry = CARRIERS[known];
  return { code: known, name: entry.name, helpPhone: entry.helpPhone, known: true };
}

/**
 * Where the customer can track this shipment. A seller's own trackingUrl wins
 * (when it is a web link: anything but http(s) is not shown to customers);
 * otherwise the carrier's page for the tracking number. The carrier is never
 * guessed from the number's shape: Australia Post, StarTrack and Aramex
 * numbers can look alike.
 */
export function trackingLinkFor(shipment: Shipment): string | null {
  if (shipment.trackingUrl !== null && isWebLink(shipment.trackingUrl)) return shipment.trackingUrl;
  return carrierTrackingLink(shipment.carrier, shipment.trackingNumber);
}

/** The carrier's own page for a tracking number; null for an unknown carrier or no number. */
export function carrierTrackingLink(carrier: string | null, trackingNumber: string | null): string | null {
  const known = carrier === null ? null : knownCode(carrier);
  const number = trackingNumber?.trim() ?? '';
  if (known === null || number === '') return null;
  return CARRIERS[known].trackingUrlTemplate.replace('{trackingNumber}', encodeURIComponent(number));
}

function isWebLink(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
