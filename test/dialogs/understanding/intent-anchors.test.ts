import { hasAnchorFor } from '../../../dialogs/understanding/intent-anchors';
import { type Understander } from '../../../dialogs/understanding/customer-message-understander';
import { trainedUnderstander } from '../../support/trained-understander';

/**
 * Intents that act on the whole conversation or start a branch are only
 * believed when the clause has their words: a request for a person names
 * one, a restart says so, an address change says where.
 */
describe('hasAnchorFor', () => {
  it.each([
    ['talk_to_person', 'can I talk to a real person', true],
    ['talk_to_person', 'GET ME A HUMAN', true],
    ['talk_to_person', 'my phone number is', false],
    ['restart', 'start over please', true],
    ['restart', 'oops typo', false],
    ['wrong_address', 'can you send it to my work instead', true],
    ['wrong_address', 'oops typo', false],
    ['no_tracking_yet', "I haven't got a tracking number", true],
    ['no_tracking_yet', 'tracking pls', false],
    ['status_meaning', 'what does picking mean', true],
    ['status_meaning', 'is my dehumidifier on track', false],
    ['stock_question', 'do you have the lamp in stock', true],
    ['stock_question', 'the lamp please', false],
  ] as const)('%s in "%s": %s', (intent, clause, expected) => {
    expect(hasAnchorFor(intent, clause)).toBe(expected);
  });

  it('needs no particular word for intents without anchors', () => {
    expect(hasAnchorFor('track_order', 'hmm')).toBe(true);
    expect(hasAnchorFor('thanks', 'ta')).toBe(true);
  });

  it('matches whole words only: "personally" names nobody', () => {
    expect(hasAnchorFor('talk_to_person', 'personally')).toBe(false);
  });
});

describe('what the anchors change for a customer', () => {
  let understander: Understander;
  beforeAll(async () => {
    understander = await trainedUnderstander();
  }, 60_000);

  it('giving a phone number is not a request for a person; it is the detail', async () => {
    const read = await understander.understand('my phone number is 0412 345 678');
    expect(read.intent).not.toBe('talk_to_person');
    expect(read.contact).toEqual({ kind: 'phone', value: '+61412345678' });
  });

  it('"oops typo" neither starts over nor asks to change the address', async () => {
    expect(['restart', 'wrong_address']).not.toContain((await understander.understand('oops typo')).intent);
  });

  it('"tracking pls" asks for the tracking; it does not say there is none', async () => {
    expect((await understander.understand('tracking pls')).intent).not.toBe('no_tracking_yet');
  });
});
