import { type Understander } from '../../../dialogs/understanding/customer-message-understander';
import { splitClauses } from '../../../dialogs/understanding/clauses';
import { trainedUnderstander } from '../../support/trained-understander';
import { typedConversation } from '../../support/typed-conversation';

/**
 * How a message is read clause by clause (clause-classifier.ts), through the
 * real trained understander: a long story keeps only what it plainly says,
 * a short message of a few clauses is also read whole, and a goodbye is
 * only a goodbye when nothing else in the message needs an answer.
 */
let understander: Understander;
beforeAll(async () => {
  understander = await trainedUnderstander();
}, 60_000);

const STORY_OPENING = [
  'Sorry, this is going to be a long one.',
  'I ordered a kettle for my mum.',
  'Her old one had a good run.',
  'I was on hold for forty minutes yesterday.',
  'Nobody picked up.',
  'So here I am.',
];

describe('a story of eight clauses or more', () => {
  it.each([
    ['I just want to know. Anyway it is what it is'],
    ['I ordered on a Monday. It was for her birthday'],
  ])('is not read for what the classifier guesses in it (ending "%s")', async (ending) => {
    const story = [...STORY_OPENING, ending].join(' ');
    expect(splitClauses(story).length).toBeGreaterThanOrEqual(8);
    // Read alone, "Nobody picked up" sounds like a missing parcel and "this is going to be a long one" like a question about delays.
    const read = await understander.understand(story);
    expect(read).toMatchObject({ topic: null, question: null });
    expect(['talk_to_person', 'restart', 'done']).not.toContain(read.intent);
  });

  it('keeps a problem it states plainly, and the thanks', async () => {
    const story = [...STORY_OPENING, "The tracking says delivered but it isn't here.", 'Thanks for reading.'].join(' ');
    expect(await understander.understand(story)).toMatchObject({ intent: 'delivered_not_received', topic: 'delivered_not_received', thanks: true });
  });

  it('keeps a clear request for a person', async () => {
    const story = [...STORY_OPENING, "Honestly I've had enough.", 'Can I please talk to a real person'].join(' ');
    expect((await understander.understand(story)).intent).toBe('talk_to_person');
  });
});

describe('a message of a few clauses, also read whole', () => {
  it.each([
    ['my click and collect says picking, what does that mean', 'status_meaning'],
    ['tracking says in transit - what does that mean?', 'status_meaning'],
    ['who can pick up my click and collect, my husband?', 'collection_policy'],
    ['my parcel is with startrack, any delays in qld', 'carrier_disruptions'],
  ])('"%s" is one question: %s', async (text, question) => {
    expect(splitClauses(text).length).toBeGreaterThan(1);
    expect(await understander.understand(text)).toMatchObject({ intent: question, question });
  });
});

describe('a clause that opens with a yes or no', () => {
  it('is read for what follows when that asks something: "yeah actually how long do they hold it for once it\'s ready"', async () => {
    expect(await understander.understand("yeah actually how long do they hold it for once it's ready")).toMatchObject({
      intent: 'collection_policy',
      question: 'collection_policy',
    });
  });

  it('is not a request for a person because of what follows the yes: "yes please get them to contact me"', async () => {
    expect((await understander.understand('yes please get them to contact me')).intent).not.toBe('talk_to_person');
  });
});

describe('a problem said plainly', () => {
  it('keeps the lead over the reading of the whole message, and the question is kept beside it', async () => {
    expect(await understander.understand("it's a week late, what does in transit mean")).toMatchObject({
      intent: 'parcel_delayed',
      topic: 'parcel_delayed',
      question: 'status_meaning',
    });
  });

  it('"not at the side gate or anywhere else" after thanks: the parcel is missing', async () => {
    expect(await understander.understand("thanks but it's definitely not at the side gate or anywhere else")).toMatchObject({
      topic: 'delivered_not_received',
      thanks: true,
    });
  });
});

describe('goodbyes', () => {
  it.each(['bye', 'see ya', "that's all", 'thanks, bye', 'nothing else, cheers', "that's all thanks"])('"%s" ends the chat', async (text) => {
    expect((await understander.understand(text)).intent).toBe('done');
  });

  it.each(["that's it", 'yep that\'s it'])('"%s" after a read-back confirms it; it is no goodbye', async (text) => {
    const read = await understander.understand(text, { expecting: { kind: 'yes_no', reading: 'confirm_request' } });
    expect(read).toMatchObject({ intent: 'affirm', answer: 'yes' });
  });

  it('"bye" after a read-back is still a goodbye', async () => {
    const read = await understander.understand('bye', { expecting: { kind: 'yes_no', reading: 'confirm_request' } });
    expect(read.intent).toBe('done');
  });

  it.each([
    ['bye, 4000123456 sam.nguyen@example.com', 'track_order'],
    ["that's all, but which courier is it with?", 'which_carrier'],
    ['see ya, what does in transit mean', 'status_meaning'],
    ["bye, it's a week late", 'parcel_delayed'],
    ["nothing else, oh and it says delivered but it isn't here", 'delivered_not_received'],
  ])('never wins over an order number, a question or a problem: "%s" is %s', async (text, intent) => {
    expect((await understander.understand(text)).intent).toBe(intent);
  });
});

describe('goodbyes in a conversation', () => {
  const READ_BACK = 'I need to change the delivery address to 14 Riley St, Surry Hills NSW 2010';

  test('"that\'s it" to the address read-back logs the redirect and the chat goes on', async () => {
    const chat = await typedConversation();
    await chat.says('4000123456 sam.nguyen@example.com');
    expect((await chat.says(READ_BACK)).keys).toEqual(['confirm_address']);
    const confirmed = await chat.says("that's it");
    expect(confirmed.keys).toEqual(['carrier_redirect_requested']);
    expect(await chat.cases('4000123456')).toHaveLength(1);
  });

  test('"see ya" ends the chat, logs nothing, and a later question is answered from the verified order', async () => {
    const chat = await typedConversation();
    await chat.says('4000123456 sam.nguyen@example.com');
    await chat.says(READ_BACK);
    const bye = await chat.says('see ya');
    expect(bye.keys).toEqual(['goodbye']);
    expect(await chat.cases('4000123456')).toEqual([]);

    const later = await chat.says('actually which courier is it with?');
    expect(later.text).toMatch(/is with Australia Post/);
    expect(later.text).not.toMatch(/order number/i);
  });
});
