import { renderForCustomer } from '../../support/customer-copy';
import type { ShipmentView } from '../../../src/domain/order-view';
import { CarrierAlertSchema } from '../../../src/domain/order';
import { message } from '../../../state-machines/support-messages';
import { anOrder, anUndispatchedShipment, type ShipmentOverrides } from '../../support/order-builder';
import { NSW_WEATHER_ALERT, SAMPLE_NOW, aCase, onlyShipment, viewOf } from '../../support/sample-messages';

const parcel = (overrides: ShipmentOverrides = {}, now?: Date): ShipmentView =>
  onlyShipment(viewOf(anOrder({ shipments: [overrides] }), now));

const TRACKING_LINK = '[36LB45032230](https://auspost.com.au/mypost/track/details/36LB45032230)';

const marketplaceParcel = (): ShipmentView =>
  parcel({ seller: { type: 'marketplace', name: 'Bondi Home Co' }, carrier: 'sendle', trackingNumber: 'SNDL7Q4K2M' });

describe('tracking', () => {
  test('no_tracking_yet, not overdue, explains the 24 to 48 hours after the shipping email', () => {
    const text = renderForCustomer(message('no_tracking_yet', { shipment: parcel(), overdue: false }));
    expect(text).toContain('24 to 48 hours after the shipping email');
    expect(text).toContain(TRACKING_LINK);
  });

  test('no_tracking_yet, overdue, says it is longer than it should be and that we will check with the carrier', () => {
    const text = renderForCustomer(message('no_tracking_yet', { shipment: parcel(), overdue: true }));
    expect(text).toMatch(/longer than it should/);
    expect(text).toMatch(/check what's happening with Australia Post/);
    expect(text).not.toContain('48 hours');
  });

  test('tracking_available gives the link from trackingLink', () => {
    expect(renderForCustomer(message('tracking_available', { shipment: parcel() }))).toContain(TRACKING_LINK);
  });

  test('on_track gives the carrier, the expected window and reassures', () => {
    const text = renderForCustomer(message('on_track', { shipment: parcel(), order: viewOf(anOrder()), trackingAsked: false }));
    expect(text).toMatch(/is on track with Australia Post/);
    expect(text).toContain('should arrive between Tue 24 Nov and Thu 26 Nov');
    expect(text).toMatch(/nothing to worry about/);
  });

  test('on_track with a carrier alert in force gives the longer window honestly and never says "on track"', () => {
    const shipment = onlyShipment(viewOf(anOrder(), SAMPLE_NOW, [NSW_WEATHER_ALERT]));
    const text = renderForCustomer(message('on_track', { shipment, order: viewOf(anOrder()), trackingAsked: false }));
    expect(text).toContain("should arrive between Thu 26 Nov and Mon 30 Nov, allowing for the carrier's delay");
    expect(text).not.toMatch(/on track|nothing to worry/);
  });

  test('on_track, when the customer said the tracking is not moving, says how long updates take (with or without an alert)', () => {
    const plain = renderForCustomer(message('on_track', { shipment: parcel(), order: viewOf(anOrder()), trackingAsked: true }));
    const alerted = onlyShipment(viewOf(anOrder(), SAMPLE_NOW, [NSW_WEATHER_ALERT]));
    expect(plain).toContain('24 to 48 hours');
    expect(renderForCustomer(message('on_track', { shipment: alerted, order: viewOf(anOrder()), trackingAsked: true }))).toContain('24 to 48 hours');
    expect(renderForCustomer(message('on_track', { shipment: parcel(), order: viewOf(anOrder()), trackingAsked: false }))).not.toContain('24 to 48 hours');
  });

  test('on_track for a regional or remote parcel says why the wait is longer', () => {
    const remote = { ...viewOf(anOrder()), zone: 'remote' as const, suburb: 'Broome' };
    expect(renderForCustomer(message('on_track', { order: remote, shipment: parcel(), trackingAsked: false }))).toContain(
      'Broome is in a remote delivery area, where standard delivery takes 14 to 20 business days',
    );
  });

  test('on_track for a parcel not yet sent says it still has to leave', () => {
    const text = renderForCustomer(message('on_track', { shipment: parcel(anUndispatchedShipment()), order: viewOf(anOrder()), trackingAsked: false }));
    expect(text).toMatch(/hasn't shipped yet, but should be on its way within 3 business days, then arrive/);
  });

  test.each(['no_tracking_yet', 'tracking_available', 'on_track', 'not_delivered_yet', 'tracking_stale'] as const)(
    '%s for a Marketplace parcel carries the seller warning',
    (key) => {
      const shipment = marketplaceParcel();
      const text =
        key === 'no_tracking_yet'
          ? renderForCustomer(message(key, { shipment, overdue: false }))
          : key === 'on_track'
            ? renderForCustomer(message(key, { shipment, order: viewOf(anOrder()), trackingAsked: false }))
            : renderForCustomer(message(key, { order: viewOf(anOrder()), shipment }));
      expect(text).toContain('Bondi Home Co is a Marketplace seller');
      expect(text).toContain('(https://www.kmart.com.au/help/marketplace/)');
    },
  );
});

describe('delays', () => {
  test('carrier_alerts names the carrier and each alert in force, with its expected extra days, escaped', () => {
    const alert = (headline: string, days: number | null) =>
      CarrierAlertSchema.parse({ carrier: 'auspost', states: [], headline, detail: '', from: '2026-11-19T00:00:00+11:00', until: null, expectedDelayBusinessDays: days });
    const shipment = onlyShipment(viewOf(anOrder(), SAMPLE_NOW, [alert('Flooding in north QLD', 3), alert('High volumes *everywhere*', null)]));
    const text = renderForCustomer(message('carrier_alerts', { shipment }));
    expect(text).toContain('Australia Post has a service alert');
    expect(text).toContain('Flooding in north QLD (about 3 extra business days)');
    expect(text).toContain('High volumes \\*everywhere\\*');
  });

  test('tracking_stale says how long since the last scan, where it was, the carrier phone and that it is still due', () => {
    const text = renderForCustomer(message('tracking_stale', { order: viewOf(anOrder()), shipment: parcel({}, new Date('2026-11-23T12:00:00+11:00')) }));
    expect(text).toContain("hasn't had a tracking update for 3 days");
    expect(text).toContain('last scanned at Sunshine West VIC');
    expect(text).toContain('13 13 18');
    expect(text).toContain("It's still due between Tue 24 Nov and Thu 26 Nov");
  });

  test('tracking_stale and not_late_yet for a regional parcel quote the published timeframe with the window', () => {
    const regional = { ...viewOf(anOrder()), zone: 'regional' as const, suburb: 'Wagga Wagga' };
    const band = 'Wagga Wagga is in a regional delivery area, where standard delivery takes 7 to 10 business days';
    expect(renderForCustomer(message('tracking_stale', { order: regional, shipment: parcel({}, new Date('2026-11-23T12:00:00+11:00')) }))).toContain(band);
    expect(renderForCustomer(message('not_late_yet', { order: regional, shipment: parcel() }))).toContain(band);
    expect(renderForCustomer(message('not_late_yet', { order: viewOf(anOrder()), shipment: parcel() }))).not.toContain('delivery area');
  });

  test('tracking_stale counts hours while it is under two days', () => {
    const text = renderForCustomer(message('tracking_stale', { order: viewOf(anOrder()), shipment: parcel({}, new Date('2026-11-21T06:40:00+11:00')) }));
    expect(text).toContain('for 33 hours');
  });

  test('parcel_delayed apologises and says when it was due', () => {
    const text = renderForCustomer(message('parcel_delayed', { shipment: parcel({}, new Date('2026-12-10T12:00:00+11:00')) }));
    expect(text).toMatch(/^I'm sorry/);
    expect(text).toContain('It was due between Tue 24 Nov and Thu 26 Nov.');
  });

  test('offer_remedy offers a refund, return or alternative with a person following up', () => {
    const text = renderForCustomer(message('offer_remedy', { shipment: parcel() }));
    expect(text).toMatch(/refund, a return or an alternative/);
    expect(text).toMatch(/person from our team will follow up/);
  });

  test('confirm_remedy reads back the remedy for the late parcel and asks before logging it', () => {
    const text = renderForCustomer(message('confirm_remedy', { shipment: parcel(), remedy: 'refund' }));
    expect(text).toContain('is running late');
    expect(text).toContain('arrange a refund');
    expect(text).toMatch(/Shall I go ahead\?$/);
  });

  test('remedy_requested names the remedy, shows the reference in bold and when they will hear', () => {
    const text = renderForCustomer(
      message('remedy_requested', { shipment: parcel(), supportCase: aCase('refund_or_alternative', { reference: 'RA-23456789' }), remedy: 'return' }),
    );
    expect(text).toContain("I've asked for a return");
    expect(text).toContain('**RA-23456789**');
    expect(text).toMatch(/in touch .* within 2 business days/);
  });
});

describe('a parcel that says delivered', () => {
  const delivered = (proofOfDelivery: ShipmentOverrides['proofOfDelivery']) =>
    parcel({ status: 'delivered', deliveredAt: '2026-11-20T09:20:00+11:00', proofOfDelivery });

  test('missing_parcel_tips lists where to look, says late scans are common, and asks if they found it', () => {
    const text = renderForCustomer(message('missing_parcel_tips', { shipment: delivered(null) }));
    for (const place of ['porch', 'around the property', 'neighbours', 'safe place', 'mailbox or parcel locker', 'missed-delivery card']) {
      expect(text).toContain(place);
    }
    expect(text).toMatch(/turn up within a business day/);
    // What a "no" starts is said with the question, so answering it is agreeing to the investigation.
    expect(text.trim()).toMatch(/Did you find it\? If it's still missing, I'll open a missing-parcel investigation with Australia Post: we'll ask for proof of delivery and exactly where it was left\.$/);
    expect(text).not.toMatch(/signed|photo|note says/);
  });

  test('missing_parcel_tips mentions the proof of delivery when there is one', () => {
    const text = renderForCustomer(
      message('missing_parcel_tips', { shipment: delivered({ kind: 'photo', note: 'Left behind the pot plant', url: 'https://pod.example.com/x.jpg' }) }),
    );
    expect(text).toContain('The driver took a photo');
    expect(text).toContain('“Left behind the pot plant”');
    expect(text).toContain('(https://pod.example.com/x.jpg)');
  });

  test('a proof-of-delivery link that is not a web page is not shown', () => {
    const text = renderForCustomer(message('missing_parcel_tips', { shipment: delivered({ kind: 'signature', note: null, url: 'javascript:alert(1)' }) }));
    expect(text).toContain('Someone signed for it');
    expect(text).not.toContain('javascript');
  });

  test('not_delivered_yet says where it is and when to expect it', () => {
    const text = renderForCustomer(message('not_delivered_yet', { shipment: parcel() }));
    expect(text).toMatch(/hasn't been delivered yet/);
    expect(text).toContain('Sunshine West VIC');
    expect(text).toContain('should arrive between Tue 24 Nov and Thu 26 Nov');
  });

  test('not_delivered_yet for a parcel not yet sent says it hasn\'t shipped', () => {
    expect(renderForCustomer(message('not_delivered_yet', { shipment: parcel(anUndispatchedShipment()) }))).toContain("It hasn't shipped yet");
  });

  test('not_delivered_yet for a parcel out for delivery says it arrives today, not a window of days', () => {
    const text = renderForCustomer(message('not_delivered_yet', { shipment: parcel({ status: 'out_for_delivery' }) }));
    expect(text).toContain('out for delivery and should arrive today');
    expect(text).not.toMatch(/should arrive between/);
  });
});
