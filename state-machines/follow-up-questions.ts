/*
 * Questions about one fact of a verified order, read from the words once the
 * order is on screen: the models place them under whatever intent is nearest
 * ("who signed for it?" as which carrier, "which address is it going to?" as
 * a wrong address), and the answer the customer needs is a particular one.
 */

/** "who signed for it?", "where did they leave it?", "is there a photo?": the delivered parcel's proof of delivery. */
const ASKS_ABOUT_PROOF =
  /\b(?:who (?:signed|took|got|received)|signed for|signature|proof of delivery|photo|picture|where (?:exactly )?(?:did|was|were) (?:they|it|he|she|the driver|the courier|the postie) (?:\w+ )?(?:leave|left|put|drop|dropped)|where (?:exactly )?(?:was it|it was) (?:left|dropped|put))\b/i;
/* A complaint about the proof ("that photo isn't my house") is the missing-parcel branch's, not a question about it. */
const DISPUTES_PROOF = /\b(?:not|isn'?t|wasn'?t|never)\b.{0,30}\b(?:my|our|me)\b/i;

export function asksAboutDeliveryProof(text: string): boolean {
  return ASKS_ABOUT_PROOF.test(text) && !DISPUTES_PROOF.test(text);
}

/** Asking who carries it, how to reach them or for its tracking is the carrier's details; anything else about a named parcel is its status. */
const ABOUT_THE_CARRIER = /\b(?:carrier|courier|delivery company|phone|number|call|ring|contact|who(?:'s| is)? (?:delivering|bringing|taking|got it|has it)|tracking (?:number|no|link|code|details)|which company)\b/i;

export function asksAboutTheCarrier(text: string): boolean {
  return ABOUT_THE_CARRIER.test(text);
}

/** "which address is it going to again?", "where's it being sent?": where it goes, not a new address. */
const ASKS_WHERE_IT_GOES =
  /\b(?:(?:which|what) address\b|where(?:'s| is)? (?:it|my (?:parcel|order|stuff)|the (?:parcel|order)) (?:going|being (?:sent|delivered|shipped)|headed)\b|(?:address|where) (?:is it|it's|its) (?:going|being sent|being delivered)(?: to)?\b)/i;
const CHANGES_ADDRESS = /\b(?:wrong|change|changing|update|different|new|moved|moving|redirect|incorrect|old|fix)\b/i;

export function asksWhereItIsGoing(text: string): boolean {
  return ASKS_WHERE_IT_GOES.test(text) && !CHANGES_ADDRESS.test(text);
}

/** "where was it last scanned?", "what's the latest update?": the latest scan of a parcel still on its way ("where is it now?" is the whole order). */
const ASKS_ABOUT_LATEST_SCAN = /\b(?:last (?:scan(?:ned)?|seen|update|location|checkpoint)|latest (?:scan|update|location)|scanned)\b/i;

export function asksWhereItIsNow(text: string): boolean {
  return ASKS_ABOUT_LATEST_SCAN.test(text);
}

/** "and the other one?" after one of two parcels was talked about. */
const THE_OTHER_ONE = /\b(?:the )?other (?:one|parcel|item|box|bit|package|delivery)\b/i;

export function asksAboutTheOtherParcel(text: string): boolean {
  return THE_OTHER_ONE.test(text);
}
