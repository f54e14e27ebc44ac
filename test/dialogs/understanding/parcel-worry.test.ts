import { type Understander } from '../../../dialogs/understanding/customer-message-understander';
import { worriesAboutParcel } from '../../../dialogs/understanding/parcel-worry';
import { trainedUnderstander } from '../../support/trained-understander';

let understander: Understander;

beforeAll(async () => {
  understander = await trainedUnderstander();
});

const AFTER_AN_EXPLAINED_ORDER = { expecting: { kind: 'yes_no', reading: 'anything_else' } } as const;

/** "ok so it's not lost?" after the order was explained asks whether the parcel will come: the delay branch's question. */
describe('a worry about the parcel once the order is explained', () => {
  it.each([
    "ok so it's not lost?",
    'and if it doesnt turn up by then?',
    'what happens if it never arrives',
    'do you think they lost it',
    'will it actually turn up?',
    'should i be worried?',
    "thanks heaps! when do you reckon it'll actually get to Townsville?",
    'cheers, when will it arrive?',
  ])('"%s" is about the parcel being late, not a request to see the order again', async (text) => {
    const read = await understander.understand(text, AFTER_AN_EXPLAINED_ORDER);
    expect(read).toMatchObject({ intent: 'parcel_delayed', topic: 'parcel_delayed', question: null });
  });

  test('a lost order number or email is the general question it always was', async () => {
    expect(worriesAboutParcel('i lost my order number')).toBe(false);
    expect((await understander.understand('i lost my order number', AFTER_AN_EXPLAINED_ORDER)).question).toBe('find_order_number');
  });

  test('a remedy asked for in the same breath stays the request', async () => {
    expect((await understander.understand("if it's lost i want a new one sent out", AFTER_AN_EXPLAINED_ORDER)).topic).toBe('wants_remedy');
  });

  test('before any order is known, "is it lost?" is still a request to look it up', async () => {
    expect((await understander.understand('is it lost?')).intent).toBe('track_order');
  });
});
