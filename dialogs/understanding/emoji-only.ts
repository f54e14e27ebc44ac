const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * True for a message made of emoji (with spaces or punctuation around them)
 * and nothing readable: "👍", "😡😡😡", "📦❓". Skin tones, joiners and
 * variation selectors are not letters, so composed emoji count as emoji.
 */
export function isEmojiOnly(text: string): boolean {
  return PICTOGRAPH.test(text) && !LETTER_OR_DIGIT.test(text);
}
