import { carrierInfo, trackingLinkFor } from '../../src/domain/carriers';
import { KNOWN_CARRIERS } from '../../src/domain/order';
import { aShipment } from '../support/order-builder';

describe('carrierInfo', () => {
  it.each([
    ['auspost', 'Australia Post', '13 13 18'],
    ['startrack', 'StarTrack', '13 23 45'],
    ['aramex', 'Aramex', '13 17 25'],
    ['couriersplease', 'CouriersPlease', '1300 361 000'],
    ['tnt', 'TNT', '13 11 50'],
    ['dhl', 'DHL', '13 14 06'],
    ['teamglobalexpress', 'Team Global Express', '13 15 31'],
    ['sendle', 'Sendle', null],
  ])('%p is %p with help line %p', (code, name, helpPhone) => {
    expect(carrierInfo(code)).toEqual({ code, name, helpPhone, known: true });
  });

  it('covers every carrier code of the contract', () => {
    for (const code of KNOWN_CARRIERS) expect(carrierInfo(code)?.known).toBe(true);
  });

  it('reads a code regardless of case and stray spaces', () => {
    expect(carrierInfo(' AusPost ')).toMatchObject({ code: 'auspost', name: 'Australia Post' });
  });

  it('keeps an unknown code and shows it by name without a phone', () => {
    expect(carrierInfo('fastway')).toEqual({ code: 'fastway', name: 'fastway', helpPhone: null, known: false });
  });

  it('does not mistake object properties for carriers', () => {
    expect(carrierInfo('constructor')).toMatchObject({ known: false, name: 'constructor' });
  });

  it('has nothing to say before a carrier is assigned', () => {
    expect(carrierInfo(null)).toBeNull();
    expect(carrierInfo('  ')).toBeNull();
  });
});

describe('trackingLinkFor', () => {
  it.each([
    ['auspost', 'https://auspost.com.au/mypost/track/details/36LB45032230'],
    ['startrack', 'https://startrack.com.au/track/details/36LB45032230'],
    ['aramex', 'https://www.aramex.com.au/tools/track?l=36LB45032230'],
    ['couriersplease', 'https://www.couriersplease.com.au/tools-track/no/36LB45032230'],
    ['tnt', 'https://www.tnt.com/express/en_au/site/shipping-tools/tracking.html?searchType=con&cons=36LB45032230'],
    ['dhl', 'https://www.dhl.com/au-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=36LB45032230'],
    ['teamglobalexpress', 'https://www.mytoll.com/?externalSearchQuery=36LB45032230'],
    ['sendle', 'https://track.sendle.com/tracking?ref=36LB45032230'],
  ])('links %p shipments to the carrier page', (carrier, url) => {
    expect(trackingLinkFor(aShipment({ carrier, trackingNumber: '36LB45032230' }))).toBe(url);
  });

  it('URL-encodes the tracking number', () => {
    const shipment = aShipment({ carrier: 'aramex', trackingNumber: 'AB 12/34&x=1' });
    expect(trackingLinkFor(shipment)).toBe('https://www.aramex.com.au/tools/track?l=AB%2012%2F34%26x%3D1');
  });

  it("prefers the seller's own tracking URL", () => {
    const shipment = aShipment({
      seller: { type: 'marketplace', name: 'Cosy Homewares' },
      carrier: 'auspost',
      trackingNumber: '36LB45032230',
      trackingUrl: 'https://tracking.cosyhomewares.example/p/36LB45032230',
    });
    expect(trackingLinkFor(shipment)).toBe('https://tracking.cosyhomewares.example/p/36LB45032230');
  });

  it("uses the seller's tracking URL even without carrier or number", () => {
    const shipment = aShipment({ carrier: null, trackingNumber: null, trackingUrl: 'https://seller.example/track' });
    expect(trackingLinkFor(shipment)).toBe('https://seller.example/track');
  });

  it('never shows a non-web tracking URL, falling back to the carrier page', () => {
    const shipment = aShipment({ carrier: 'auspost', trackingNumber: 'X1', trackingUrl: 'javascript:alert(1)' });
    expect(trackingLinkFor(shipment)).toBe('https://auspost.com.au/mypost/track/details/X1');
  });

  it('has no link for an unknown carrier', () => {
    expect(trackingLinkFor(aShipment({ carrier: 'fastway', trackingNumber: '36LB45032230' }))).toBeNull();
  });

  it('has no link without a carrier, never guessing one from the number', () => {
    expect(trackingLinkFor(aShipment({ carrier: null, trackingNumber: '36LB45032230' }))).toBeNull();
  });

  it('has no link without a tracking number', () => {
    expect(trackingLinkFor(aShipment({ carrier: 'auspost', trackingNumber: null }))).toBeNull();
  });
});
