/*
 * "right, i'll wait in then", "ok, see how it goes", "fair enough", "cool
 * cool": the customer takes in what was said and asks for nothing. The models
 * place these anywhere ("fair enough" read as wanting a refund), so they are
 * read here as a whole message: an acknowledgement, optionally followed by
 * what the customer will do themselves.
 */
const HEAD =
  String.raw`(?:ok(?:ay)?|k|righto?|right-o|sweet|cool(?: cool)?|fair enough|all good|alright|got it|gotcha|understood|makes sense|sounds good|will do|too easy|perfect|great|awesome|nice|lovely|fine|good to know|(?:ah+|oh) (?:ok(?:ay)?|right|i see)|i see|noted)`;
const WILL_DO =
  String.raw`(?:(?:i|we)(?:'?ll| will| can)? )?(?:just )?(?:wait(?: (?:in|and see|a (?:few|couple of) days|till \w+|until \w+))?|hang (?:on|in there)|keep an eye(?: on it)?|check (?:back|again)(?: (?:tomorrow|later|in a (?:few|couple of) days|next week))?|see how (?:it goes|we go)|sit tight|be (?:home|in)|stay (?:home|in)|look out for it|give it (?:a few|a couple of|some) (?:more )?(?:days|time))`;
const ACKNOWLEDGEMENT = new RegExp(String.raw`^\s*${HEAD}(?:[\s,.!]+${HEAD})*(?:[\s,.!]+(?:then[\s,]+)?${WILL_DO}(?:[\s,]+then)?)?[\s.!]*$`, 'i');
const ONLY_WILL_DO = new RegExp(String.raw`^\s*${WILL_DO}(?:[\s,]+then)?[\s.!]*$`, 'i');

/* A bare "ok" answers whatever was asked (the answer reader's job), so it is left to that. */
const BARE_OK = /^\s*(?:ok(?:ay)?|k)[\s.!]*$/i;

export function isAcknowledgement(text: string): boolean {
  return !BARE_OK.test(text) && (ACKNOWLEDGEMENT.test(text) || ONLY_WILL_DO.test(text));
}
