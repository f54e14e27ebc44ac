/*
 * "is it normal for stuff to take ages to get here?", "how long to Broome?":
 * a question about how long delivery takes. Read only beside a place or zone
 * the customer named and when the models placed the message nowhere better,
 * so "my parcel is taking ages" (a delay, said as a cue) is never this.
 */
const HOW_LONG = [
  /\bhow (?:long|many (?:business |working )?days)\b/i,
  /\b(?:take|takes|taking|took|to take)\s+(?:\w+\s+)?(?:ages|forever|so long|too long|this long|that long|a while|weeks|long)\b/i,
];

export function asksHowLongDeliveryTakes(text: string): boolean {
  return HOW_LONG.some((pattern) => pattern.test(text));
}
