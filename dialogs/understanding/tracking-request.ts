/*
 * "and the tracking number for that one?": a request for the tracking that
 * the models read as a yes ("that one") or not at all. The tracking is where
 * the carrier is named, so it is the which-carrier question. A problem said
 * about the tracking ("no tracking number yet") is a cue and wins first.
 */
const ASKS_FOR_TRACKING = /(?:^\s*|\b(?:the|my|its|it's|their|a)\s+)tracking (?:number|no\.?|link|code|details|info)\b/i;

export function asksForTracking(text: string): boolean {
  return ASKS_FOR_TRACKING.test(text);
}
