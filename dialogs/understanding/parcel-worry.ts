/*
 * Once the bot has explained an order, "ok so it's not lost?", "and if it
 * doesn't turn up by then?" or "should I be worried?" ask whether this
 * parcel will come, and what happens if it doesn't. That is the delay
 * branch's question (on track, tracking quiet, or late with a remedy), not a
 * request to see the order again. Only read in that context: before an order
 * is known, "is my parcel lost?" is a request to look it up like any other.
 * "Not lost" is no negated problem here: the customer is asking.
 */
const ARRIVE = String.raw`(?:turn(?:s|ed)? up|arrive[sd]?|come|comes|show(?:s|ed)? up|get(?:s)? here|get(?:s)? delivered|make(?:s)? it|rock(?:s)? up)`;
const NOT = String.raw`(?:doesn'?t|doesnt|does not|didn'?t|didnt|never|don'?t|dont|won'?t|wont|isn'?t|isnt|hasn'?t|hasnt|not)`;

const WORRIES = [
  // "is it lost?", "did they lose it", "so it's not lost?"; not a lost order number or email.
  new RegExp(String.raw`\b(?:lost|lose|losing|gone missing|go missing)\b(?!\s+(?:my|the|our)\s+(?:order number|email|e-mail|receipt|confirmation|tracking number|password|login|details|number))`, 'i'),
  // "what if it never arrives", "and if it doesn't turn up by then?"
  new RegExp(String.raw`\b(?:if|in case)\b(?:\s+[\w']+){0,3}?\s+${NOT}(?:\s+[\w']+){0,2}?\s+${ARRIVE}\b`, 'i'),
  // "will it actually turn up?", "is it still coming?"
  new RegExp(String.raw`\b(?:will|is|does) (?:it|my (?:parcel|order|package|stuff)) (?:actually |ever |still |even |definitely )+(?:going to |gonna )?${ARRIVE}\b`, 'i'),
  /\bshould (?:i|we) (?:be )?(?:worried|concerned|worry)\b/i,
  // "when do you reckon it'll actually get to Townsville?": when this parcel will come, with the alerts and the honest wait.
  new RegExp(String.raw`\bwhen\b(?:\s+[\w']+){0,4}?\s+(?:it'?ll|it will|will it|would it|it'?s (?:going to|gonna)|is it (?:going to|gonna))\s+(?:actually |ever |finally |really )*(?:get|${ARRIVE}|be here|be delivered)\b`, 'i'),
];

export function worriesAboutParcel(text: string): boolean {
  return WORRIES.some((pattern) => pattern.test(text));
}
