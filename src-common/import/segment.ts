/** The parts of a pasted letter, as half-open ranges of line indices `[start, end)`. */
export interface LetterSegments {
  preamble: LineRange;
  title: LineRange;
  body: LineRange;
  signatories: LineRange;
  notes: LineRange;
  junk: LineRange;
}

/** Lines `[start, end)` of the text. */
export interface LineRange {
  start: number;
  end: number;
}

const SIGNATORY_HEADINGS =
  /^(signed by|signatories|signatory organi[sz]ations|the undersigned|undersigned|co-?signed by|endorsed by|signed)\s*[:：]?\s*$/iu;
const NOTES_HEADINGS = /^(editors?['’]?\s*notes|notes|references|endnotes|footnotes|sources)\s*[:：]?\s*$/iu;
const LEAD_IN = /^(read the full (letter|statement)|full text of the letter|the letter reads)/iu;
const JUNK_LINES =
  /^(share|facebook|twitter|x|linkedin|whatsapp|telegram|email|print|read more|related( posts| articles)?|tags?:.*|posted in.*|previous|next|back to top|©.*|copyright.*)\s*[:：]?$/iu;

/**
 * Splits a pasted letter into preamble, title, body, signatory block, notes block and trailing page junk, by the
 * headings people use ("Signed by:", "Editors Notes:") and the page furniture websites add after the letter
 * ("Share", "Facebook"): from the first such line after the last heading, everything is the page, not the letter.
 * Every boundary is a line index the person can move in the review screen.
 */
export function segmentLetter(lines: readonly string[]): LetterSegments {
  const count = lines.length;
  const notesHeading = findLine(lines, NOTES_HEADINGS, 0, count);
  const signatoryHeading = findLine(lines, SIGNATORY_HEADINGS, 0, notesHeading ?? count);
  const junkStart = findLine(lines, JUNK_LINES, (notesHeading ?? signatoryHeading ?? 0) + 1, count) ?? count;
  const bodyEnd = signatoryHeading ?? notesHeading ?? junkStart;
  const titleLine = findTitle(lines, bodyEnd);
  const signatoriesStart = signatoryHeading === null ? bodyEnd : signatoryHeading + 1;
  const signatoriesEnd = notesHeading ?? junkStart;
  return {
    preamble: { start: 0, end: titleLine },
    title: { start: titleLine, end: Math.min(titleLine + 1, count) },
    body: { start: Math.min(titleLine + 1, bodyEnd), end: bodyEnd },
    signatories: { start: Math.min(signatoriesStart, signatoriesEnd), end: signatoriesEnd },
    notes: { start: notesHeading === null ? junkStart : notesHeading + 1, end: junkStart },
    junk: { start: junkStart, end: count },
  };
}

/** The lines of a range, trimmed, without blank ones. */
export function linesOf(lines: readonly string[], range: LineRange): string[] {
  return lines
    .slice(range.start, range.end)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The heading line that opened a block, for the review screen ("Editors Notes"). */
export function headingBefore(lines: readonly string[], range: LineRange): string | null {
  const line = lines[range.start - 1]?.trim() ?? '';
  return SIGNATORY_HEADINGS.test(line) || NOTES_HEADINGS.test(line) ? line.replace(/[:：]\s*$/u, '') : null;
}

/**
 * The title: a line the page repeats (a web page's headline, then the letter's own title after a lead-in such as
 * "Read the full letter below"), else the first line after a lead-in, else the first non-blank line.
 */
function findTitle(lines: readonly string[], end: number): number {
  const firstText = lines.findIndex((line) => line.trim() !== '');
  const repeated = lines.findIndex(
    (line, index) =>
      index < end && index > firstText && line.trim() !== '' && line.trim() === lines[firstText]?.trim(),
  );
  if (repeated > 0) {
    return repeated;
  }
  const leadIn = findLine(lines, LEAD_IN, 0, end);
  const afterLeadIn =
    leadIn === null ? -1 : lines.findIndex((line, index) => index > leadIn && line.trim() !== '');
  if (afterLeadIn >= 0 && afterLeadIn < end) {
    return afterLeadIn;
  }
  return Math.max(firstText, 0);
}

function findLine(lines: readonly string[], pattern: RegExp, from: number, to: number): number | null {
  for (let index = from; index < to; index += 1) {
    if (pattern.test((lines[index] ?? '').trim())) {
      return index;
    }
  }
  return null;
}
