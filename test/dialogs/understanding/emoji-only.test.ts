import { isEmojiOnly } from '../../../dialogs/understanding/emoji-only';

describe('isEmojiOnly', () => {
  it.each(['👍', '😡😡😡', ' 📦 ❓ ', '👍🏽', '👩‍👩‍👧', '🇦🇺', '❤️!'])('is true for %j', (text) => {
    expect(isEmojiOnly(text)).toBe(true);
  });

  it.each(['thanks 👍', '4000123456 📦', '???', '', ':)'])('is false for %j', (text) => {
    expect(isEmojiOnly(text)).toBe(false);
  });
});
