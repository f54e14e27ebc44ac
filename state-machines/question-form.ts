/*
 * Said as a question, whatever it asks: a question mark anywhere, or a clause that opens
 * with a question word ("sweet, which store was it again"). Fillers before the
 * question word do not count against it.
 */
const FILLERS = /^(?:(?:so|and|but|ok|okay|oh|sweet|right|also|actually|hang on|wait|hmm+|um+|sorry)\b[\s,]*)+/i;
const QUESTION_WORD = /^(?:what|what's|whats|which|where|where's|wheres|when|when's|whens|how|who|why)\b/i;

export function isQuestionForm(text: string): boolean {
  const trimmed = text.trim();
  // A question mark anywhere: "will the floods affect my order? 4000123456 sam@…" is still a question.
  if (trimmed.includes('?')) return true;
  return trimmed.split(/[.!,;]+|\s+-\s+/).some((clause) => QUESTION_WORD.test(clause.trim().replace(FILLERS, '')));
}
