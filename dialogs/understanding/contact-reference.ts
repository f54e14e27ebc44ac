/**
 * "same email as before", "same number", "use the email from earlier": the
 * contact detail given earlier in this conversation. The procedure knows
 * which one that was; understanding only notices the reference.
 */
const SAME_CONTACT = /\b(?:(?:my\s+)?(?:e-?mail|phone|number|mobile|details?)\s+(?:is|are)\s+(?:the\s+)?same\b)|\b(?:same|previous|earlier)\s+(?:e-?mail|email address|phone|number|mobile|details?|contact)(?:\s+(?:as\s+)?(?:before|earlier|last time|above|previously))?\b|\b(?:e-?mail|phone|number|details?)\s+(?:from|as)\s+(?:before|earlier|last time|above)\b|\bsame (?:as|one as) (?:before|earlier|last time|above)\b/i;

export function refersToEarlierContact(text: string): boolean {
  return SAME_CONTACT.test(text);
}

/** The text with each reference to the earlier contact replaced, as details are masked: "same email as before" carries no intent. */
export function maskEarlierContact(text: string, placeholder: string): string {
  return text.replace(new RegExp(SAME_CONTACT.source, 'gi'), ` ${placeholder} `);
}
