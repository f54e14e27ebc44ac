/*
 * Said as a question, whatever it asks: a question mark, or a clause that opens
 * with a question word ("sweet, which store was it again"). Fillers before the
 * question word do not count against it.
 */
const FILLERS = /^(?:(?:so|and|but|ok|okay|oh|sweet|right|also|actually|hang on|wait|hmm+|um+|sorry)\b[\s,]*)+/i;
const QUESTION_WORD = /^(?:what|what's|whats|which|where|where's|wheres|when|when's|whens|how|who|why)\b/i;

export function isQuestionForm(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith('?')) return true;
  return trimmed.split(/[.!,;]+|\s+-\s+/).some((clause) => QUESTION_WORD.test(clause.trim().replace(FILLERS, '')));
}
