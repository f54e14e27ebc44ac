import { readAnswer } from '../../../dialogs/understanding/answer-reader';

/** Replies read against the bot's own yes/no question (answer-cues.json holds the words). */
describe('readAnswer', () => {
  it.each([
    ['found_parcel', 'nope, asked next door too', 'no'],
    ['found_parcel', 'found it behind the bins!', 'yes'],
    ['found_parcel', 'panic over, my husband had taken it inside', 'yes'],
    ['found_parcel', 'not a trace of it mate', 'no'],
    ['found_parcel', 'unfortunately not', 'no'],
    ['want_remedy', "i'll give it a couple more days i reckon", 'no'],
    ['want_remedy', "I don't want a refund, I want the parcel", 'no'],
    ['confirm_request', "that's the right address yes", 'yes'],
    ['confirm_request', 'confirmed', 'yes'],
    ['confirm_request', 'not confirmed', 'no'],
    ['confirm_request', 'not yet, I need to check with my partner', 'no'],
    ['retry_lookup', 'go for it', 'yes'],
    ['retry_lookup', 'can you have another look?', 'yes'],
    ['retry_lookup', 'not now', 'no'],
    ['anything_else', "that's all thanks", 'no'],
    // Said instead of a retry, a person declines it; a goodbye to "anything else?" is a no.
    ['retry_lookup', "I'd rather talk to someone", 'no'],
    ['retry_lookup', 'nah just get me a person', 'no'],
    ['anything_else', 'see ya', 'no'],
    ['anything_else', 'ok bye', 'no'],
    ['want_remedy', 'yes please, bye', 'yes'],
    // The places checked were empty; none of the remedies is a no to all of them; "100%" is a yes.
    ['found_parcel', 'not yet, the side gate was empty', 'no'],
    ['want_remedy', 'none of those, i just want it to arrive', 'no'],
    ['confirm_request', '100%', 'yes'],
    ['confirm_request', 'no, leave it', 'no'],
    ['want_remedy', 'just leave it as is', 'no'],
    // "If it's still missing, I'll open an investigation": asking for the investigation is saying it is still missing.
    ['found_parcel', 'yes please investigate', 'no'],
    ['found_parcel', 'yeah can you look into it', 'no'],
    ['retry_lookup', 'try once more pls', 'yes'],
    // A filler before the answer is no part of it; the question after it is read on its own.
    ['anything_else', 'actually yes - what does picking mean?', 'yes'],
    ['anything_else', 'umm yes, is startrack delayed in nsw?', 'yes'],
    ['confirm_request', 'will do', 'yes'],
  ] as const)('%s: "%s" is %s', (reading, text, answer) => {
    expect(readAnswer(text, reading)).toBe(answer);
  });

  it.each([
    ['found_parcel', "not yet, I'll ask the neighbours tonight when they're home"],
    ['found_parcel', 'is my parcel ok though?'],
    ['want_remedy', 'how long does a refund take'],
    ['confirm_request', 'is it late yes or no?'],
    // A request for a person is its own request, acted on as one, not a "no" to trying again.
    ['retry_lookup', 'can I get a person'],
    ['retry_lookup', 'a person please'],
    ['retry_lookup', 'can i talk to someone instead'],
    // "see ya" is no "ya", and an "ok" beside a goodbye is a send-off, not consent.
    ['want_remedy', 'see ya'],
    ['want_remedy', 'ok see ya'],
    ['confirm_request', 'catch ya later'],
    ['found_parcel', 'cya'],
    // Where to leave a parcel is a delivery instruction, not "leave it" declining.
    ['confirm_request', 'can the driver just leave it at the post office'],
    ['want_remedy', 'can they leave it with my neighbour'],
    // A yes/no question about the offer is no answer to it; "will do" still is one.
    ['want_remedy', 'does the refund include the shipping fee'],
  ] as const)('%s: "%s" is no answer', (reading, text) => {
    expect(readAnswer(text, reading)).toBeNull();
  });
});
