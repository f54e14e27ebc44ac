/*
 * In Australian English "yeah nah" means no and "nah yeah" means yes: the
 * last word counts. A bag-of-words classifier sees the same two words either
 * way, so the pair is collapsed to its last word before classification.
 */
const YES = String.raw`(?:yeah|yea|yeh|yep|yup|yes)`;
const NO = String.raw`(?:nah|no|nope)`;
const YES_THEN_NO = new RegExp(String.raw`\b${YES}[\s,.!]+(${NO})\b`, 'gi');
const NO_THEN_YES = new RegExp(String.raw`\b${NO}[\s,.!]+(${YES})\b`, 'gi');

export function resolveYeahNah(text: string): string {
  return text.replace(YES_THEN_NO, '$1').replace(NO_THEN_YES, '$1');
}
