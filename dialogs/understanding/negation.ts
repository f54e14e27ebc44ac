/*
 * "I don't want a refund, I want the parcel" is not a refund request, and
 * "dont need a person just tell me where it is" is not a request for one.
 * A request, a person or a problem word under a negation is taken out of the
 * clause before it is classified, so the rest of the clause is read for
 * what it does say. Contracted and uncontracted forms, with or without the
 * apostrophe, are all negations.
 */
const NEGATOR = String.raw`(?:not|never|no need (?:to|for)|(?:do|does|did|is|are|was|were|am|have|has|had|wo|ca|could|would|should)(?:n'?t| not)|dont|doesnt|didnt|isnt|arent|wasnt|havent|hasnt|wont|cant|couldnt|wouldnt|shouldnt|im not|i'm not|i am not)`;
/** What a negation can refuse or deny: requests, people, and the problems the procedure has branches for. */
export const NEGATABLE = String.raw`(?:refund(?:ed|s)?|money back|reimburse(?:d|ment)?|replace(?:ment|d)?|return(?:ing|ed)?|exchange|alternative|swap|person|human|agent|someone|somebody|staff|operator|manager|cancel(?:led|ed|lation|ling)?|late|delayed|delay|overdue|lost|stolen|missing|rush|hurry|(?:change|update|fix) (?:the |my )?(?:delivery |shipping )?address|(?:wrong|incorrect|old) (?:delivery |shipping )?address|redirect(?:ed|ing)?|address change)`;
/* A negation reaches over a few words ("don't really want a refund") but not into the next statement ("and it's late"). */
const GAP_WORD = String.raw`(?!(?:and|but|so|it|its|it's|i|i'm|im)\b)[\w']+`;
/*
 * "the address isn't wrong or anything", "address is fine btw": said of the
 * address, the words of an address change deny one.
 */
const ADDRESS_IS_FINE = String.raw`\b(?:(?:the|my) )?(?:delivery |shipping )?address(?:'s|s| is| was)? (?:(?:all |totally |perfectly )?(?:fine|right|correct|good|ok|okay)|(?:not|isn'?t|isnt|wasn'?t|wasnt|is not|was not) wrong)\b`;
/* "no refund", "no replacement thanks": a bare "no" refuses only the thing right after it. */
const NEGATED = new RegExp(
  String.raw`(?:\b${NEGATOR}\b(?:\s+${GAP_WORD}){0,4}?\s+${NEGATABLE}\b|\bno\s+${NEGATABLE}\b|${ADDRESS_IS_FINE})(?:\s+(?:or anything|or whatever|either|at all|yet|btw))?`,
  'gi',
);

export interface NegationReading {
  /** The clause without its negated requests; what is left is still worth reading. */
  rest: string;
  /** The negated stretches, as typed. */
  negated: string[];
}

export function withoutNegatedRequests(clause: string): NegationReading {
  const negated: string[] = [];
  const rest = clause.replace(NEGATED, (match) => {
    negated.push(match);
    return ' ';
  });
  return { rest: rest.replace(/\s+/g, ' ').trim(), negated };
}
