/*
 * Questions about how things work, not about an order the customer has:
 * the published policy answers them, no lookup. Read only when no order
 * details were given.
 */

/* "if I order click and collect this morning when can I grab it", "if i buy it today when will it get to Perth": an order not yet placed. */
const NOT_YET_ORDERED = /\b(?:if|when|once|should|say)\s+(?:i|we|u|you)\s+(?:(?:was|were) to\s+)?(?:order|buy|purchase|place (?:an|the|my) order)\b/i;
const COLLECTING = /\bclick\s*(?:and|&|n|'n'?)\s*collect\b|\bc\s*&\s*c\b|\bcollect\b|\bpick(?:\s+it)?\s+up\b|\bpickup\b|\bgrab it\b/i;

/** The question about an order not yet placed: collecting it, or how long delivery takes. */
export function policyAskedBeforeOrdering(text: string): 'collection_policy' | 'delivery_timeframes' | null {
  if (!NOT_YET_ORDERED.test(text)) return null;
  return COLLECTING.test(text) ? 'collection_policy' : 'delivery_timeframes';
}

/* "does a cancelled order get refunded automatically or do I have to do something?": how a status works, asked as a question. */
const ASKS_HOW_IT_WORKS = /^\s*(?:does|do|is|are|will|would|how|what happens|what do|when)\b|\?\s*$/i;

/** A question about what happens with an order in a status the customer named (a refund word in it asks how, not for one). */
export function asksHowAStatusWorks(text: string, statusesNamed: number): boolean {
  return statusesNamed > 0 && ASKS_HOW_IT_WORKS.test(text);
}

/* "does that mean i can just rock up?", "what does picking mean", "what's the meaning of awaiting collection"; not the filler "i mean". */
const MEANS = /\b(?:does|do|did|would) (?:that|this|it|they) mean\b|\bwhat(?:'s|s| is| does| do)?\b.{0,40}\bmean(?:s|ing)?\b|\bmeaning\b/i;

/** Asks what something means (a status the customer named, read with it). */
export function asksWhatItMeans(text: string): boolean {
  return MEANS.test(text);
}
