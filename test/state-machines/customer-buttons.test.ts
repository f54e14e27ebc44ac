import { ButtonValueSchema, eventFromButton } from '../../state-machines/customer-buttons';

describe('eventFromButton', () => {
  test('a topic or an answer is the customer choosing it, with the button title as their words', () => {
    expect(eventFromButton({ topic: 'parcel_delayed' }, 'My parcel is late')).toEqual({
      type: 'customer.choice',
      text: 'My parcel is late',
      choice: { topic: 'parcel_delayed' },
    });
    expect(eventFromButton({ answer: 'no' }, 'No, still missing')).toEqual({
      type: 'customer.choice',
      text: 'No, still missing',
      choice: { answer: 'no' },
    });
  });

  test('"talk to a person" and "that\'s all" are the events every state handles, as when typed', () => {
    expect(eventFromButton({ topic: 'talk_to_person' }, 'Talk to a person')).toEqual({ type: 'PERSON_REQUESTED', text: 'Talk to a person' });
    expect(eventFromButton({ topic: 'done' }, "That's all, thanks")).toEqual({ type: 'GOODBYE' });
  });

  test('a parcel or an order picks it', () => {
    expect(eventFromButton({ shipmentId: 'S2' }, 'Parcel 2')).toEqual({ type: 'CHOOSE_SHIPMENT', shipmentId: 'S2' });
    expect(eventFromButton({ orderNumber: '4000123456' }, 'Order 4000123456')).toEqual({ type: 'CHOOSE_ORDER', orderNumber: '4000123456' });
  });
});

describe('ButtonValueSchema', () => {
  test.each([[{ intent: 'affirm' }], [{ topic: 'refund_please' }], [{ answer: 'maybe' }], [{ shipmentId: '' }], ['yes'], [null]])(
    'refuses %j, so a forged or outdated value is read as typed text instead',
    (value) => {
      expect(ButtonValueSchema.safeParse(value).success).toBe(false);
    },
  );
});
