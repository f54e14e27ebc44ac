/*
 * A request for a person said in so many words: "can I talk to someone",
 * "put me through to an agent", "get me a real person". In a long story the
 * classifier reads "I just need someone to actually help me" or "like a crazy
 * person" as one; only a plain ask like these hands the story over.
 */
const PERSON = String.raw`(?:a |an |some |your |one of your |the )?(?:real |actual |live |proper )?(?:person|human|someone|somebody|agent|operator|manager|supervisor|team member|staff member|consultant|representative|rep)\b`;

const ASKS = [
  new RegExp(String.raw`\b(?:speak|talk|chat)(?:ing)? (?:to|with) ${PERSON}`, 'i'),
  /\b(?:put|transfer|connect|pass|hand) me (?:through |over |on )?(?:to|with|onto)\b/i,
  new RegExp(String.raw`\b(?:get|give|find) me ${PERSON}`, 'i'),
  new RegExp(String.raw`\b(?:i want|i'?d like|i would like|can i (?:have|get)|could i (?:have|get)|i need) (?:to (?:speak|talk) to )?${PERSON}(?! (?:to|who|that) )`, 'i'),
  /\b(?:human|real person|live agent|live chat)[\s,]*(?:please|pls|plz)\b/i,
];

export function asksPlainlyForPerson(clause: string): boolean {
  return ASKS.some((pattern) => pattern.test(clause));
}
