import { generalAnswersCopy } from '../../../dialogs/customer-copy/general-answers-copy';
import { defaultDeliveryTimeframes, type DeliveryTimeframes } from '../../../src/domain/delivery-timeframes';
import { renderForCustomer } from '../../support/customer-copy';
import { message } from '../../../state-machines/support-messages';
import { NSW_WEATHER_ALERT } from '../../support/sample-messages';

describe('general answers, from the published policy', () => {
  test('where to find the order number and tracking: the four places of the article', () => {
    const text = renderForCustomer(message('where_to_find_details', {}));
    expect(text).toContain('"Your order status" link');
    expect(text).toContain('Track Your Order');
    expect(text).toContain('shipping confirmation email or SMS');
    expect(text).toContain('order history');
  });

  test('timeframes by zone, with express only where it is offered', () => {
    expect(renderForCustomer(message('delivery_timeframes', { zone: 'metro', speed: null }))).toContain(
      'standard delivery takes 3 to 5 business days and express 1 to 2 business days',
    );
    expect(renderForCustomer(message('delivery_timeframes', { zone: 'remote', speed: null }))).toContain(
      "standard delivery takes 14 to 20 business days; express isn't offered there (only to metro areas)",
    );
    // "can I get express to Wagga?" is answered by where express is offered.
    expect(renderForCustomer(message('delivery_timeframes', { zone: 'regional', speed: 'express' }))).toContain(
      "express isn't offered there (only to metro areas)",
    );
    const all = renderForCustomer(message('delivery_timeframes', { zone: null, speed: null }));
    for (const band of ['3 to 5', '7 to 10', '14 to 20']) expect(all).toContain(band);
  });

  test("a deployment's own timeframes file is what the answers quote", () => {
    const changed: DeliveryTimeframes = {
      ...defaultDeliveryTimeframes,
      clickAndCollect: { ...defaultDeliveryTimeframes.clickAndCollect, holdDays: 14 },
      homeDelivery: { ...defaultDeliveryTimeframes.homeDelivery, regional: { standard: { minBusinessDays: 5, maxBusinessDays: 8 }, express: null } },
    };
    const copy = generalAnswersCopy(changed);
    expect(copy.delivery_timeframes({ zone: 'regional', speed: null })).toContain('5 to 8 business days');
    expect(copy.collection_policy({})).toContain('for 14 days');
  });

  test('Click & Collect: how long orders are held, who may collect and what to bring', () => {
    const text = renderForCustomer(message('collection_policy', {}));
    expect(text).toContain('for 7 days once');
    expect(text).toContain('photo ID');
    expect(text).toContain('Someone else can collect for you');
    expect(text).toContain('before 12pm are usually ready from 4pm the same day');
  });

  test('carrier disruptions: each alert in force with its detail and delay, or plainly none', () => {
    const some = renderForCustomer(message('carrier_disruptions', { carriers: ['auspost'], states: ['NSW'], alerts: [NSW_WEATHER_ALERT] }));
    expect(some).toContain('Australia Post: Severe weather in NSW. Deliveries in affected areas may be delayed. Expect about 2 extra business days.');
    const none = renderForCustomer(message('carrier_disruptions', { carriers: ['aramex'], states: ['NSW'], alerts: [] }));
    expect(none).toBe("No, there are no known delays: there are no service alerts in force for Aramex in NSW right now, so deliveries should be running as usual.");
  });

  test.each(['returns_question', 'store_hours_question', 'price_match_question', 'stock_question'] as const)(
    'out of scope (%s) is said kindly, with where to go instead',
    (question) => {
      const text = renderForCustomer(message('out_of_scope', { question }));
      expect(text).toMatch(/^I can't/);
      expect(text).toMatch(/kmart\.com\.au|person from our team/);
    },
  );

  test('every answer before an order is known is followed by an offer to check one', () => {
    expect(renderForCustomer(message('check_an_order', {}))).toContain('Send me your order number and the email or phone number');
  });
});
