/**
 * Telling text copied out of a PDF from other plain text. A PDF's text comes in the lines the page set: prose lines
 * run to about the same width and mostly end mid-sentence, where the next line carries on. Text typed in an e-mail
 * or a list of names has lines that end where their sense ends, and is left as it is.
 */

// Lines shorter than this say nothing about the width of a page's prose (names, headings, page numbers).
const PROSE_MIN = 30;
// A line at least this share of the text width reached the right margin: the PDF wrapped it.
export const FULL_SHARE = 0.75;
// Sentence ends (with closing quotes or brackets after them) and a colon that announces a list.
const SENTENCE_END = /[.!?:;…。！？]["'”’»)\]]*$/u;
const STARTS_LOWER = /^["'“‘„«(]?\p{Ll}/u;

// A full stop after an abbreviation ("z.B.", "e.g.", "ca.", "Dr.") ends no sentence.
const ABBREVIATION_END =
  /(?:\p{L}\.\p{L}\.|(?<!\p{L})(?:ca|etc|bzw|vgl|usw|sog|ggf|inkl|evtl|Dr|Prof|Mr|Mrs|Ms|St|Nr|No|vs|approx|incl|cf|pp|Abs|Art|Sr|Sra|Jr)\.)$/u;

// A sentence's end with a footnote's number glued after it ("werde.2", "in Deutschland“.1"): a word's full stop,
// not a date's ("am 11.3.22").
const MARKED_SENTENCE_END = /\p{L}["'”’“»)]?[.!?]["'”’“»)]?\d{1,3}$/u;

/** Where a line ends a sentence (or a colon announces what comes next). */
export function endsSentence(line: string): boolean {
  return (SENTENCE_END.test(line) || MARKED_SENTENCE_END.test(line)) && !ABBREVIATION_END.test(line);
}

/** Where a line starts in lower case: it carries on a sentence. */
export function startsLower(line: string): boolean {
  return STARTS_LOWER.test(line);
}

/**
 * The width of the text's prose lines in characters: the length most long lines reach. Lines pdftotext joined at
 * a hyphen run past it, so a high share of the long lines, not the longest, sets it.
 */
export function textWidth(lines: readonly string[]): number {
  const lengths = lines
    .map((line) => line.trim().length)
    .filter((length) => length >= PROSE_MIN)
    .sort((a, b) => a - b);
  if (lengths.length === 0) {
    return 0;
  }
  return lengths[Math.floor(lengths.length * 0.6)] ?? 0;
}

// Fewer wrapped lines than this are too few to tell a PDF's text from a short note.
const MIN_WRAPPED = 3;

/**
 * Whether the text reads as copied out of a PDF: pdftotext's form feeds between pages, or prose lines of one width
 * that mostly break mid-sentence (and often carry on in lower case on the next line).
 */
export function looksLikePdfText(text: string): boolean {
  if (text.includes('\f')) {
    return true;
  }
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const width = textWidth(lines);
  if (width < PROSE_MIN) {
    return false;
  }
  let full = 0;
  let wrapped = 0;
  let carriedLower = 0;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line.length < width * FULL_SHARE || line.length > width * 1.25) {
      return;
    }
    full += 1;
    const next = (lines[index + 1] ?? '').trim();
    if (next === '' || endsSentence(line)) {
      return;
    }
    wrapped += 1;
    carriedLower += startsLower(next) ? 1 : 0;
  });
  // A list of names can have lines of one width with no full stops: prose also carries on in lower case.
  return wrapped >= MIN_WRAPPED && wrapped * 2 >= full && carriedLower * 4 >= wrapped;
}
