import { correctedAddress } from '../../state-machines/address-correction';
import { typedConversation } from '../support/typed-conversation';

const READ_BACK = 'unit 3/22 Bourke St Surry Hills NSW 2010';

describe('correctedAddress', () => {
  it.each([
    ['hmm actually wait its unit 4 not 3', 'unit 4/22 Bourke St Surry Hills NSW 2010'],
    ['sorry, 24 not 22', 'unit 3/24 Bourke St Surry Hills NSW 2010'],
    ['number 24 instead of 22', 'unit 3/24 Bourke St Surry Hills NSW 2010'],
  ])('"%s" corrects the number in place', (text, corrected) => {
    expect(correctedAddress(READ_BACK, text)).toBe(corrected);
  });

  it.each(['yes correct', 'unit 5 not 6', 'it should be unit 4', '4 not 4'])('"%s" corrects nothing plainly', (text) => {
    expect(correctedAddress(READ_BACK, text)).toBeNull();
  });

  test('a number that stands twice in the address is not guessed at', () => {
    expect(correctedAddress('3/3 Smith St Perth WA 6000', 'its 4 not 3')).toBeNull();
  });
});

describe('correcting the address while it is read back', () => {
  test('"its unit 4 not 3" reads the corrected address back, and only "yes" logs it', async () => {
    const chat = await typedConversation();
    await chat.says('4000123464 isla.thompson@example.com need to change my delivery address');
    await chat.says(READ_BACK);
    const corrected = await chat.says('hmm actually wait its unit 4 not 3');
    expect(corrected.keys).toEqual(['confirm_address']);
    expect(corrected.text).toContain('unit 4/22 Bourke St');
    expect(await chat.cases('4000123464')).toEqual([]);

    const confirmed = await chat.says('yes correct');
    expect(confirmed.keys).toEqual(['address_change_requested']);
    expect(confirmed.text).toContain('unit 4/22 Bourke St');
  });
});
