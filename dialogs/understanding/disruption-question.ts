/*
 * A question about something the carriers' service alerts would say, in the
 * customer's words: a disruption named together with what it does to a
 * delivery. "what's the weather like?" is small talk, not this. Carriers are
 * known by the mentions lexicon (mention-words.json), read before this.
 */

/* What service alerts are about, or an alert itself: "the floods", "the weather", "a backlog". */
const DISRUPTION =
  /\b(?:flood\w*|storms?|weather|cyclones?|bushfires?|fires?|strikes?|industrial action|outages?|disruptions?|service alerts?|alerts?|high (?:parcel )?volumes?|backlogs?)\b/i;
/* "the startrack thing", "the aus post issue": a carrier named with a word for what is going on. */
const SOMETHING_GOING_ON = /\b(?:thing|issue|problem|delay|situation)s?\b/i;
/* ...and what it does to a delivery. */
const ON_DELIVERIES =
  /\b(?:affect\w*|delay\w*|hold\w* (?:it |them |things |my \w+ )?up|late|impact\w*|slow\w*|extra|longer|deliver\w*|parcels?|orders?|shipping|arriv\w*|carriers?|couriers?|add)\b/i;

/** A question about a disruption the carriers' alerts would say ("will the Queensland floods affect my order?", "how many extra days will the startrack thing add?"). */
export function asksAboutADisruption(text: string, isQuestion: boolean, carrierNamed: boolean): boolean {
  if (!isQuestion) return false;
  const disruption = DISRUPTION.test(text) || (carrierNamed && SOMETHING_GOING_ON.test(text));
  return disruption && (ON_DELIVERIES.test(text) || carrierNamed);
}
