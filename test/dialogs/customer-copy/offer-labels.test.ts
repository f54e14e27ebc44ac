import { buttonsForOffers, offerButtons, offerLabel } from '../../../dialogs/customer-copy/offer-labels';
import { ButtonValueSchema } from '../../../state-machines/customer-buttons';
import { FOLLOW_UP_TOPICS } from '../../../state-machines/customer-intent';
import type { Offer } from '../../../state-machines/support-messages';

const QUESTIONS = ['found_parcel', 'want_remedy', 'retry_lookup'] as const;

const EVERY_OFFER: Offer[] = [
  ...FOLLOW_UP_TOPICS.map((topic): Offer => ({ kind: 'topic', topic })),
  ...QUESTIONS.map((question): Offer => ({ kind: 'yes_no', question })),
  { kind: 'shipment', shipmentId: 'S2', index: 2, sellerName: 'Little Wattle Toys', status: 'processing' },
  { kind: 'order', orderNumber: '4000123456' },
];

describe('offerButtons', () => {
  test.each(EVERY_OFFER.map((offer) => [offerLabel(offer), offer] as const))('"%s" has titled buttons the bot can read back', (_, offer) => {
    const buttons = offerButtons(offer);
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      expect(button.title.trim()).not.toBe('');
      expect(ButtonValueSchema.safeParse(button.value).success).toBe(true);
    }
  });

  test('each topic has its own title and sends the topic', () => {
    const buttons = FOLLOW_UP_TOPICS.map((topic) => offerButtons({ kind: 'topic', topic }));
    expect(new Set(buttons.map(([b]) => b?.title)).size).toBe(FOLLOW_UP_TOPICS.length);
    FOLLOW_UP_TOPICS.forEach((topic, i) => expect(buttons[i]).toEqual([{ title: expect.any(String), value: { topic } }]));
    expect(offerButtons({ kind: 'topic', topic: 'delivered_not_received' })[0]?.title).toBe("It says delivered but it's not here");
    expect(offerButtons({ kind: 'topic', topic: 'done' })[0]?.title).toBe("That's all, thanks");
  });

  test('a yes/no question becomes a yes and a no, worded for the question', () => {
    expect(offerButtons({ kind: 'yes_no', question: 'found_parcel' })).toEqual([
      { title: 'Yes, found it', value: { answer: 'yes' } },
      { title: 'No, still missing', value: { answer: 'no' } },
    ]);
    expect(offerButtons({ kind: 'yes_no', question: 'want_remedy' })).toEqual([
      { title: 'Yes please', value: { answer: 'yes' } },
      { title: 'No thanks', value: { answer: 'no' } },
    ]);
  });

  test('not retrying the lookup means talking to a person', () => {
    expect(offerButtons({ kind: 'yes_no', question: 'retry_lookup' })).toEqual([
      { title: 'Try again', value: { answer: 'yes' } },
      { title: 'Talk to a person', value: { topic: 'talk_to_person' } },
    ]);
  });

  test('a parcel button names the parcel and sends its id; an order button sends its number', () => {
    expect(offerButtons({ kind: 'shipment', shipmentId: 'S2', index: 2, sellerName: 'Little Wattle Toys', status: 'shipped' })).toEqual([
      { title: 'Parcel 2 from Little Wattle Toys (On its way)', value: { shipmentId: 'S2' } },
    ]);
    expect(offerButtons({ kind: 'order', orderNumber: '4000123456' })).toEqual([
      { title: 'Order 4000123456', value: { orderNumber: '4000123456' } },
    ]);
  });
});

describe('offerLabel', () => {
  test('names a question by both its answers', () => {
    expect(offerLabel({ kind: 'yes_no', question: 'found_parcel' })).toBe('Yes, found it / No, still missing');
    expect(offerLabel({ kind: 'topic', topic: 'talk_to_person' })).toBe('Talk to a person');
  });
});

describe('buttonsForOffers', () => {
  test('shows "Talk to a person" once when a retry question comes with it', () => {
    const titles = buttonsForOffers([{ kind: 'yes_no', question: 'retry_lookup' }, { kind: 'topic', topic: 'talk_to_person' }]).map((b) => b.title);
    expect(titles).toEqual(['Try again', 'Talk to a person']);
  });

  test('keeps every distinct button in order', () => {
    const offers: Offer[] = [{ kind: 'topic', topic: 'parcel_delayed' }, { kind: 'topic', topic: 'another_order' }, { kind: 'topic', topic: 'done' }];
    expect(buttonsForOffers(offers).map((b) => b.title)).toEqual(['My parcel is late', 'Check another order', "That's all, thanks"]);
  });
});
