import { plainUnderstanding } from '../../../state-machines/customer-intent';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Understander } from '../../../dialogs/understanding/customer-message-understander';
import { trainedUnderstander } from '../../support/trained-understander';
import { typedConversation } from '../../support/typed-conversation';
import { TrainedIntentSchema } from '../../../dialogs/understanding/utterance-sets';
import { intentPairs, roundOneIntents } from '../../evaluation/intent-sets';
import { orderNumberPattern } from '../../../src/domain/order-number';
import { UnderstandingSchema } from '../../../state-machines/customer-intent';

const REQUIRED_ACCURACY = 0.95;

let understander: Understander;

beforeAll(async () => {
  const started = performance.now();
  understander = await trainedUnderstander();
  // Reported, never asserted: speed is for benchmarks.
  console.log(`nlp.js training took ${Math.round(performance.now() - started)} ms`);
});

describe('round-1 utterances (never trained on; no longer unseen)', () => {
  it(`are understood with at least ${REQUIRED_ACCURACY * 100}% accuracy overall`, async () => {
    const pairs = intentPairs(roundOneIntents);
    const results = await Promise.all(
      pairs.map(async ({ intent, utterance }) => ({ intent, utterance, got: (await understander.understand(utterance)).intent })),
    );

    const rows = TrainedIntentSchema.options.map((intent) => {
      const mine = results.filter((r) => r.intent === intent);
      const right = mine.filter((r) => r.got === intent).length;
      return `${intent.padEnd(24)} ${String(right).padStart(3)}/${String(mine.length).padEnd(3)} ${pct(right / mine.length)}`;
    });
    const correct = results.filter((r) => r.got === r.intent).length;
    const overall = correct / results.length;
    const misses = results
      .filter((r) => r.got !== r.intent)
      .map((r) => `  "${r.utterance}": expected ${r.intent}, got ${r.got}`);
    console.log(
      [
        'Held-out accuracy per intent',
        ...rows,
        `${'OVERALL'.padEnd(24)} ${String(correct).padStart(3)}/${String(results.length).padEnd(3)} ${pct(overall)}`,
        ...(misses.length > 0 ? ['Misunderstood:', ...misses] : []),
      ].join('\n'),
    );

    expect(overall).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});

describe('details in a message', () => {
  it('reads order number and e-mail from a sentence and still sees a tracking request', async () => {
    const result = await understander.understand('order 4000 123 456, sam@example.com, where is it?');
    expect(result).toEqual({
      ...plainUnderstanding('track_order', 0),
      confidence: expect.any(Number),
      orderNumber: '4000123456',
      contact: { kind: 'email', value: 'sam@example.com' },
    });
  });

  it('takes a message of nothing but details as a tracking request', async () => {
    const result = await understander.understand('#4000-123-456 SAM@Example.com');
    expect(result).toMatchObject({
      intent: 'track_order',
      orderNumber: '4000123456',
      contact: { kind: 'email', value: 'sam@example.com' },
      notUnderstood: null,
    });
  });

  it.each([
    ['0412 345 678', '+61412345678'],
    ['my mobile is 0412-345-678', '+61412345678'],
    ['+61 412 345 678', '+61412345678'],
    ['you can reach me on (02) 9876 5432', '+61298765432'],
  ])('reads the phone number in "%s" as %s', async (text, e164) => {
    const result = await understander.understand(text);
    expect(result.contact).toEqual({ kind: 'phone', value: e164 });
    expect(result.orderNumber).toBeNull();
  });

  it.each([
    ['my order number is 123', '123'],
    ['my order is 12345', '12345'],
    ['order ABC-12', 'ABC-12'],
  ])('reports "%s" as an order number that does not fit (%s)', async (text, attempt) => {
    const result = await understander.understand(text);
    expect(result).toMatchObject({ intent: 'track_order', orderNumber: null, invalidOrderNumber: attempt });
  });

  it('does not take a number of days for an order number', async () => {
    const result = await understander.understand('I placed my order 2 days ago');
    expect(result.invalidOrderNumber).toBeNull();
    expect(result.orderNumber).toBeNull();
  });

  it('keeps the intent of a message that also carries an order number', async () => {
    const result = await understander.understand('can you also check order 4000333444');
    expect(result).toMatchObject({ intent: 'another_order', orderNumber: '4000333444' });
  });

  it('uses the configured order-number pattern', async () => {
    const km = await trainedUnderstander({ orderNumberPattern: orderNumberPattern('KM\\d{8}') });
    expect(await km.understand('is order km 1234 5678 on its way?')).toMatchObject({
      intent: 'track_order',
      orderNumber: 'KM12345678',
      invalidOrderNumber: null,
    });
    expect(await km.understand('my order is 4000123456')).toMatchObject({
      orderNumber: null,
      invalidOrderNumber: '4000123456',
    });
  });
});

describe('yes and no', () => {
  it.each([
    ['yes', 'affirm'],
    ['yep', 'affirm'],
    ['nah yeah', 'affirm'],
    ['no', 'deny'],
    ['nah', 'deny'],
    ['yeah nah', 'deny'],
    // Declining a choice of remedies: "neither" is no answer about a neighbour.
    ['neither', 'deny'],
    ['none of those', 'deny'],
  ])('"%s" is %s', async (text, intent) => {
    expect((await understander.understand(text)).intent).toBe(intent);
  });
});

describe('a refused remedy', () => {
  it.each(["I don't want a refund, I want my vacuum", 'dont want my money back i want the actual lamp'])('"%s" is no request for one', async (text) => {
    const read = await understander.understand(`4000123459 charlotte.wilson@example.com ${text}`);
    expect(read).toMatchObject({ remedyRefused: true, remedy: null });
    expect(read.intent).not.toBe('wants_remedy');
    expect(read.topic).not.toBe('wants_remedy');
  });
});

describe('questions about collecting', () => {
  test('"how long have i got to get it" asks how long a Click & Collect order is held, not about a case', async () => {
    expect((await understander.understand('how long have i got to get it')).question).toBe('collection_policy');
  });
});

describe('questions about delivery speed', () => {
  it.each(['can i pay for express out there?', 'pay extra for express up there?', 'standard or express?'])(
    '"%s" asks about delivery timeframes, even when the models cannot place it',
    async (text) => {
      expect(await understander.understand(text)).toMatchObject({ intent: 'delivery_timeframes', question: 'delivery_timeframes' });
    },
  );
});

describe('a tracking email that never came', () => {
  test('"never got a tracking email" is no tracking yet, not a parcel that never came', async () => {
    expect((await understander.understand('never got a tracking email for 4000123464, isla.thompson@example.com')).topic).toBe('no_tracking_yet');
    expect((await understander.understand('i never got my parcel')).topic).toBe('delivered_not_received');
  });

  test('"thanks! how long till the tracking shows up?" asks about tracking not there yet; thanks does not win over it', async () => {
    const read = await understander.understand('thanks! how long till the tracking shows up?', { expecting: { kind: 'yes_no', reading: 'anything_else' } });
    expect(read).toMatchObject({ intent: 'no_tracking_yet', topic: 'no_tracking_yet', thanks: true });
  });
});

describe('a request for the tracking the models cannot place', () => {
  const afterTheOrder = { expecting: { kind: 'yes_no', reading: 'anything_else' } } as const;

  it.each(['and the tracking number for that one?', 'tracking number for that one?'])('"%s" asks which carrier has it, not "yes"', async (text) => {
    expect(await understander.understand(text, afterTheOrder)).toMatchObject({ intent: 'which_carrier', topic: 'which_carrier', answer: null });
  });

  test('no tracking number yet is still the problem it states', async () => {
    expect((await understander.understand('still no tracking number', afterTheOrder)).topic).toBe('no_tracking_yet');
  });
});

describe('a collection question told with the details', () => {
  test('is about that order: the Click & Collect topic, kept while the order is checked', async () => {
    expect(await understander.understand('4000123466 grace.lee@example.com how much longer will they keep it for me')).toMatchObject({
      question: 'collection_policy',
      topic: 'click_and_collect',
      orderNumber: '4000123466',
    });
    expect((await understander.understand('how long do you hold click and collect orders?')).topic).toBeNull();
  });
});

describe('thanks with a question after it', () => {
  const afterTheOrder = { expecting: { kind: 'yes_no', reading: 'anything_else' } } as const;

  test('"thanks! do i need to be home for it?" is a question the models could not place, with thanks, not thanks alone', async () => {
    expect(await understander.understand('thanks! do i need to be home for it?', afterTheOrder)).toMatchObject({ intent: 'none', thanks: true });
  });

  it.each(['thanks heaps, you have been great!', 'thanks?', 'cheers mate'])('"%s" is still thanks', async (text) => {
    expect((await understander.understand(text, afterTheOrder)).intent).toBe('thanks');
  });

  test('once the order is shown, the question is answered from it rather than with "you\'re welcome"', async () => {
    const chat = await typedConversation();
    await chat.says('4000123457 olivia.brown@example.com');
    const turn = await chat.says('thanks! do i need to be home for it?');
    expect(turn.keys).toEqual(['order_status']);
    expect(turn.text).not.toMatch(/you're welcome/i);
  });
});

describe('how long delivery takes to a place', () => {
  test('"is it normal for stuff to take ages" beside a place asks about timeframes, for that place\'s zone', async () => {
    expect(await understander.understand('hi im in broome, is it normal for stuff to take ages to get here')).toMatchObject({
      intent: 'delivery_timeframes',
      question: 'delivery_timeframes',
      zone: 'remote',
    });
  });

  test('a postcode is read for its zone, though the classifier sees any long number as a reference', async () => {
    expect(await understander.understand('how long does delivery take to 0872?')).toMatchObject({ question: 'delivery_timeframes', zone: 'remote' });
    expect(await understander.understand('how long to 2000')).toMatchObject({ question: 'delivery_timeframes', zone: 'metro' });
    // After "order" or "#" it is a reference the customer typed, not a place.
    expect(await understander.understand('how long to #0872')).toMatchObject({ zone: null, invalidOrderNumber: '0872' });
  });

  test('a parcel taking ages is still a delay, and a place alone asks nothing', async () => {
    expect((await understander.understand('my parcel is taking ages to get to broome')).topic).toBe('parcel_delayed');
    expect((await understander.understand('hi from alice springs')).question).toBeNull();
  });
});

describe('questions about how things work, asked without an order', () => {
  test('about an order not yet placed: collecting it, or how long delivery takes; told with an order number it is about that order', async () => {
    expect(await understander.understand('if I order click and collect this morning when can I grab it')).toMatchObject({
      question: 'collection_policy',
      topic: null,
    });
    expect(await understander.understand('if i buy it today how long till it gets to perth?')).toMatchObject({ question: 'delivery_timeframes', topic: null });
    expect((await understander.understand('4000123466 when can I grab it')).question).not.toBe('delivery_timeframes');
  });

  test('"does a cancelled order get refunded automatically?" asks what the status means, not for a refund', async () => {
    expect(await understander.understand('does a cancelled order get refunded automatically or do i have to do something?')).toMatchObject({
      question: 'status_meaning',
      statuses: ['cancelled'],
      topic: null,
    });
    expect((await understander.understand('my order was cancelled, i want a refund')).topic).toBe('wants_remedy');
  });

  test('"... does that mean i can just rock up now?" about a status named asks what it means; "i mean it says delivered but..." is the problem', async () => {
    expect(await understander.understand('my click n collect says ready to collect, does that mean i can just rock up now?')).toMatchObject({
      question: 'status_meaning',
      statuses: ['ready_to_collect'],
      topic: null,
    });
    expect((await understander.understand('i mean it says delivered but its not here')).topic).toBe('delivered_not_received');
  });

  test('tracking not there yet, asked as "when will it start showing" or "never got a link"', async () => {
    expect((await understander.understand('so when will the tracking actually start showing stuff')).topic).toBe('no_tracking_yet');
    expect((await understander.understand('how do i get my tracking number? never got a link or anything')).topic).toBe('no_tracking_yet');
  });

  test('"same person" with another order is that customer, not a request for a person', async () => {
    const another = await understander.understand('cheers, bye - oh wait, also 4000123478, same person sam.nguyen@example.com');
    expect(another.intent).not.toBe('talk_to_person');
    expect(another.orderNumber).toBe('4000123478');
    expect((await understander.understand('can I talk to a real person')).intent).toBe('talk_to_person');
  });

  test('a goodbye never wins over a question in the same message', async () => {
    const anythingElse = { expecting: { kind: 'yes_no', reading: 'anything_else' } } as const;
    expect((await understander.understand('sweet cheers bye. oh hang on, where did they actually leave it?', anythingElse)).intent).not.toBe('done');
    expect((await understander.understand('sweet, which store was it again', anythingElse)).intent).not.toBe('done');
    expect((await understander.understand('ok bye', anythingElse)).intent).toBe('done');
    expect((await understander.understand('nah that\'s everything, have a good one', anythingElse)).intent).toBe('done');
  });

  test('"my toaster hasnt got tracking" is no tracking yet', async () => {
    expect((await understander.understand('my toaster hasnt got tracking, 4000123457 +61 491 570 157')).topic).toBe('no_tracking_yet');
  });
});

describe('messages that cannot be understood', () => {
  it.each(['', '   ', '\n\t '])('an empty message (%j) is "empty"', async (text) => {
    expect(await understander.understand(text)).toEqual({ ...plainUnderstanding('none', 0), notUnderstood: 'empty' });
  });

  it('a message of a few kilobytes is still understood: details, problem and all', async () => {
    const story = `${'I ordered it ages ago and I have been waiting patiently. '.repeat(60)}My order is 4000123456, sam@example.com, and it's now very late.`;
    expect(story.length).toBeGreaterThan(3000);
    expect(await understander.understand(story)).toMatchObject({ topic: 'parcel_delayed', orderNumber: '4000123456', notUnderstood: null });
  });

  it('a message over the length limit is "too_long", with details read from its start', async () => {
    const pasted = `order 4000123456 ${'blah '.repeat(2000)}`;
    const result = await understander.understand(pasted);
    expect(result).toMatchObject({ intent: 'none', notUnderstood: 'too_long', orderNumber: '4000123456' });
  });

  it('honours a configured length limit', async () => {
    const short = await trainedUnderstander({ orderNumberPattern: orderNumberPattern(), maxMessageLength: 20 });
    expect((await short.understand('where is my parcel, it was due days ago')).notUnderstood).toBe('too_long');
    expect((await short.understand('where is my parcel')).intent).toBe('track_order');
  });

  it.each(['👍', '😡😡😡', '📦❓', '👩‍👩‍👧 🇦🇺'])('"%s" is "emoji_only"', async (text) => {
    expect(await understander.understand(text)).toMatchObject({ intent: 'none', notUnderstood: 'emoji_only' });
  });

  it.each([
    '¿Dónde está mi pedido?',
    '我的包裹在哪里',
    'Wo ist meine Bestellung?',
    'Где мой заказ?',
    'Waar is mijn bestelling?',
    "Mon colis n'est pas arrivé",
  ])('"%s" is "other_language"', async (text) => {
    expect(await understander.understand(text)).toMatchObject({ intent: 'none', notUnderstood: 'other_language' });
  });

  it('still reads the order number in a message in another language', async () => {
    expect(await understander.understand('Wo ist meine Bestellung 4000123456?')).toMatchObject({
      notUnderstood: 'other_language',
      orderNumber: '4000123456',
    });
  });

  it.each(["g'day mate", 'fair dinkum mate', 'purple elephants dance quietly', 'arvo delivery pls'])(
    'Australian or odd English ("%s") is not taken for another language',
    async (text) => {
      expect((await understander.understand(text)).notUnderstood).not.toBe('other_language');
    },
  );

  it.each(['asdfgh qwerty', 'lkjsdf', 'zxcvbnm', '???'])('"%s" is "gibberish" with no intent', async (text) => {
    expect(await understander.understand(text)).toMatchObject({ intent: 'none', notUnderstood: 'gibberish' });
  });

  it('an English message the bot has no intent for is "none" but not flagged as unreadable', async () => {
    expect(await understander.understand('banana')).toMatchObject({ intent: 'none', confidence: 0, notUnderstood: null });
  });
});

describe('every result', () => {
  it.each(['where is my parcel', '', '👍', 'asdf', 'Wo ist meine Bestellung?', 'x'.repeat(2000), 'order 12'])(
    'for %j fits the Understanding schema the procedure consumes',
    async (text) => {
      expect(UnderstandingSchema.safeParse(await understander.understand(text)).success).toBe(true);
    },
  );
});

describe('training', () => {
  it('happens once: every caller with the same options shares one trained understander', async () => {
    const again = await trainedUnderstander();
    await again.understand('where is my parcel');
    await understander.understand('thanks');
    expect(again).toBe(understander);
    expect(await trainedUnderstander({ orderNumberPattern: orderNumberPattern() })).toBe(understander);
  });

  it('prints nothing and writes no model file, from loading nlp.js to understanding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nlu-'));
    const previousDir = process.cwd();
    const spies = [
      ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
        jest.spyOn(console, method).mockImplementation(() => undefined),
      ),
      // Libraries warn at load time through process warnings, which end up on stderr.
      jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined),
    ];
    try {
      process.chdir(dir);
      // A fresh module registry, so nlp.js is loaded (not just used) while the spies listen.
      await jest.isolateModulesAsync(async () => {
        const fresh = await import('../../../dialogs/understanding/customer-message-understander');
        const trainedHere = await fresh.createUnderstander({ orderNumberPattern: orderNumberPattern() });
        await trainedHere.understand('that only has stop words in it');
      });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(previousDir);
      for (const spy of spies) spy.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
