import { asksAboutDeliveryProof, asksAboutTheCarrier, asksAboutTheOtherParcel, asksWhereItIsGoing, asksWhereItIsNow } from '../../state-machines/follow-up-questions';

describe('questions about one fact of a verified order', () => {
  it.each(['the aus post one - who signed for it?', 'where did they actually leave it?', 'is there a photo of where it was left'])(
    '"%s" asks about the proof of delivery',
    (text) => expect(asksAboutDeliveryProof(text)).toBe(true),
  );

  it.each(["that photo isn't my house", 'the photo is not even my front door', 'when is it coming'])('"%s" does not', (text) =>
    expect(asksAboutDeliveryProof(text)).toBe(false),
  );

  it.each(['which address is it going to again', "where's it being sent?", 'what address is it going to'])('"%s" asks where it is going', (text) =>
    expect(asksWhereItIsGoing(text)).toBe(true),
  );

  it.each(['I put the wrong address, can you change it', 'which address? I moved last week', 'can it go to a different address'])(
    '"%s" is about changing the address, not where it goes',
    (text) => expect(asksWhereItIsGoing(text)).toBe(false),
  );

  it.each(["whats team global express's number", 'who is delivering the target one', 'tracking number for the easel?'])('"%s" asks about the carrier', (text) =>
    expect(asksAboutTheCarrier(text)).toBe(true),
  );

  it('"and the other one?" asks about the other parcel; "another order" does not', () => {
    expect(asksAboutTheOtherParcel('and the other one?')).toBe(true);
    expect(asksAboutTheOtherParcel('can you check another order')).toBe(false);
  });

  it('"the target parcel, whens that coming?" does not ask about the carrier', () => {
    expect(asksAboutTheCarrier('ok and the target parcel, whens that coming?')).toBe(false);
  });

  it.each(['actually where was it last scanned?', 'whats the latest update', 'where was it scanned'])('"%s" asks where it is now', (text) =>
    expect(asksWhereItIsNow(text)).toBe(true),
  );

  it('"where is it?" and "where is it now?" are the whole order, not only its last scan', () => {
    expect(asksWhereItIsNow('where is it?')).toBe(false);
    expect(asksWhereItIsNow('where is it now?')).toBe(false);
  });
});
