import { type Understander } from '../../../dialogs/understanding/customer-message-understander';
import { asksPlainlyForPerson } from '../../../dialogs/understanding/person-request';
import { trainedUnderstander } from '../../support/trained-understander';

let understander: Understander;

beforeAll(async () => {
  understander = await trainedUnderstander();
});

/** A story of many clauses: the classifier reads "I just need someone to help me" as a request for a person. */
const story = (middle: string) =>
  [
    'Hi there, sorry this is going to be a long one',
    middle,
    'So about a week ago I ordered a TV for my son',
    'I paid for it online and got the confirmation email straight away',
    'then the shipping email a few days later said it was with Australia Post',
    'I checked the tracking every day',
    'yesterday it said delivered, left in a safe place',
    'there was nothing on the porch, nothing at the front door, nothing in the letterbox',
    'The order number is 4000123462 and my email is noah.williams@example.com.',
  ].join('. ');

describe('a request for a person inside a long story', () => {
  test('"I just need someone to actually help me" is how the story starts, not a request: the problem is read', async () => {
    const read = await understander.understand(story('I have been going around in circles and I just need someone to actually help me'));
    expect(read.intent).not.toBe('talk_to_person');
    expect(read.topic).toBe('delivered_not_received');
  });

  test('a plain ask for a person in the story still hands over', async () => {
    expect((await understander.understand(story('can I please just talk to a real person about this'))).intent).toBe('talk_to_person');
  });

  it.each(['can i talk to someone', 'put me through to an agent', 'get me a real person', 'i want to speak to a manager', 'human please'])(
    '"%s" asks plainly',
    (text) => expect(asksPlainlyForPerson(text)).toBe(true),
  );

  it.each(['I just need someone to actually help me', "I don't want to keep refreshing it like a crazy person", 'she thinks the chat bot is a real person'])(
    '"%s" does not',
    (text) => expect(asksPlainlyForPerson(text)).toBe(false),
  );
});
