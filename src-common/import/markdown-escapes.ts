/**
 * Escapes for text that the letter text would otherwise read as its marks (see letterTextFrom: a line "1. …" is an
 * item of a numbered list there).
 */

const TYPED_NUMBER = /^(\d{1,3})([.)])\s/u;
// A paragraph of prose: a dozen words or more, ending a sentence. A list's entries ("1. Access Now, Kenya") are
// shorter, and stay items.
const PROSE_WORDS = 12;
const SENTENCE_END = /[.!?:;…]["'”’»)\]]*$/u;

/**
 * A paragraph of prose typed with its number ("1) Fere o direito à escolha …", "3. Das heutige Urheberrecht ist …"),
 * with the number escaped ("1\) Fere …"): the number is the paragraph's own text, as the author typed it, not a
 * list's, which the editor would write and renumber. Any other line is returned as it is.
 */
export function keepTypedNumber(line: string): string {
  const typed = TYPED_NUMBER.exec(line);
  if (!typed || !SENTENCE_END.test(line) || line.split(/\s+/u).length <= PROSE_WORDS) {
    return line;
  }
  const digits = typed[1] ?? '';
  return `${digits}\\${line.slice(digits.length)}`;
}

// A star between two letters: the German gender star ("Bürger*innen"), never a mark of emphasis in a page's text.
const WORD_STAR = /(?<=\p{L})\*(?=\p{L})/gu;

/**
 * A page's or Word file's text with each star between two letters escaped: two of them in one paragraph
 * ("Bürger*innen … Mieter*innen") would otherwise set the words between them in italics. Stars elsewhere ("* * *"
 * between sections, "*" before a remark) are left as they are, as the letter text has always read them.
 */
export function escapeWordStars(text: string): string {
  return text.replace(WORD_STAR, '\\*');
}
