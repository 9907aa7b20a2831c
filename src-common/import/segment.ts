import { plainText } from './inline-marks';

/** The parts of an imported text, in the order they follow each other. */
export const LETTER_PARTS = ['preamble', 'title', 'body', 'signatories', 'notes', 'junk'] as const;

/** One of {@link LETTER_PARTS}. */
export type LetterPart = (typeof LETTER_PARTS)[number];

/**
 * The parts of a pasted letter, as half-open ranges of line indices `[start, end)`. The ranges follow each other
 * with no gap: a block's heading ("Signed by:", "Editors Notes") is the first line of its block.
 */
export type LetterSegments = Record<LetterPart, LineRange>;

/** Lines `[start, end)` of the text. */
export interface LineRange {
  start: number;
  end: number;
}

const SIGNATORY_HEADINGS =
  /^(signed by|signatories|signatory organi[sz]ations|list of signatories|the undersigned|undersigned|co-?signed by|endorsed by|signed)\s*[:：]?\s*$/iu;
const NOTES_HEADINGS = /^(editors?['’]?\s*notes|notes|references|endnotes|footnotes|sources)\s*[:：]?\s*$/iu;
const LEAD_IN = /^(read the full (letter|statement)|full text of the letter|the letter reads)/iu;
const JUNK_LINES =
  /^(share|share this|facebook|twitter|x|linkedin|whatsapp|telegram|email|print|read more|related( posts| articles)?|tags?:.*|posted in.*|previous|next|back to top|©.*|copyright.*)\s*[:：]?$/iu;

/** Splits text into the lines the segments count. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/gu, '\n').split('\n');
}

/** A line as a person reads it: no heading marks ("## "), no bold or link markup. */
export function lineText(line: string): string {
  const trimmed = line.trim();
  // Most lines carry no markup; they skip the inline reader (the segmenter reads every line several times).
  if (!/[*_[\\#]/u.test(trimmed)) {
    return trimmed;
  }
  return plainText(trimmed.replace(/^#{1,6}\s+/u, '')).trim();
}

/** True for a heading that opens a notes block ("Editors Notes:", "References"). */
export function isNotesHeading(line: string): boolean {
  return NOTES_HEADINGS.test(lineText(line));
}

/** Where the letter starts (after front matter) and the title the front matter gave, if any. */
export interface SegmentOptions {
  from?: number;
  knownTitle?: string;
}

/**
 * Splits a pasted letter into preamble, title, body, signatory block, notes block and trailing page junk, by the
 * headings people use ("Signed by:", "Editors Notes:") and the page furniture websites add after the letter
 * ("Share", "Facebook"): from the first such line after the last heading, everything is the page, not the letter.
 * Every boundary is a line index the person can move in the review screen.
 */
export function segmentLetter(lines: readonly string[], options: SegmentOptions = {}): LetterSegments {
  const count = lines.length;
  const from = options.from ?? 0;
  // Each line is read once: the searches below look at the same lines several times.
  const texts = lines.map(lineText);
  const notesHeading = findLine(texts, NOTES_HEADINGS, from, count);
  const signatoryHeading = findLine(texts, SIGNATORY_HEADINGS, from, notesHeading ?? count);
  const junkStart =
    findLine(texts, JUNK_LINES, (notesHeading ?? signatoryHeading ?? from) + 1, count) ?? count;
  const notesStart = notesHeading ?? junkStart;
  const signatoriesStart = signatoryHeading ?? notesStart;
  const found = findTitle(lines, texts, { from, end: signatoriesStart }, options.knownTitle);
  // A text that opens with its signatory or notes block has no title line.
  const title = found.start < signatoriesStart ? found : { start: signatoriesStart, end: signatoriesStart };
  return fromStarts([title.start, title.end, signatoriesStart, notesStart, junkStart], count);
}

/** Makes ranges that follow each other from where the title, body, signatories, notes and junk start. */
function fromStarts(starts: readonly number[], count: number): LetterSegments {
  const bounded: number[] = [];
  starts.forEach((start, index) => {
    bounded.push(Math.min(count, Math.max(bounded[index - 1] ?? 0, Math.round(start))));
  });
  const at = (index: number) => (index < 0 ? 0 : (bounded[index] ?? count));
  const range = (index: number): LineRange => ({ start: at(index - 1), end: at(index) });
  return {
    preamble: range(0),
    title: range(1),
    body: range(2),
    signatories: range(3),
    notes: range(4),
    junk: { start: at(4), end: count },
  };
}

/** Segments from another source (the review screen) made consistent: in order, with no gap, inside the text. */
export function normaliseSegments(segments: LetterSegments, count: number): LetterSegments {
  return fromStarts(
    [
      segments.title.start,
      segments.body.start,
      segments.signatories.start,
      segments.notes.start,
      segments.junk.start,
    ],
    count,
  );
}

/** The part a line belongs to. */
export function partOfLine(segments: LetterSegments, line: number): LetterPart {
  return LETTER_PARTS.find((part) => line >= segments[part].start && line < segments[part].end) ?? 'junk';
}

/**
 * Moves the fewest boundaries so that `line` belongs to `part`: the review screen's "this line is part of …".
 * Lines between the part's old edge and `line` move with it.
 */
export function assignLine(
  segments: LetterSegments,
  line: number,
  part: LetterPart,
  count: number,
): LetterSegments {
  const index = LETTER_PARTS.indexOf(part);
  // starts[k] is where part k starts; part 0 (the preamble) always starts at 0.
  const starts = LETTER_PARTS.map((name) => segments[name].start);
  if ((starts[index] ?? 0) > line) {
    starts[index] = line;
    starts.forEach((start, other) => {
      starts[other] = other < index ? Math.min(start, line) : start;
    });
  }
  if ((starts[index + 1] ?? count) <= line) {
    starts.forEach((start, other) => {
      starts[other] = other > index ? Math.max(start, line + 1) : start;
    });
  }
  return fromStarts(starts.slice(1), count);
}

/** The lines of a range, trimmed, without blank ones. */
export function linesOf(lines: readonly string[], range: LineRange): string[] {
  return lines
    .slice(range.start, range.end)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The lines of a block without the heading that opens it. */
export function blockLines(lines: readonly string[], range: LineRange): string[] {
  const block = linesOf(lines, range);
  return headingOf(lines, range) === null ? block : block.slice(1);
}

/** The heading that opens a block ("Editors Notes"), or null when it starts with no heading. */
export function headingOf(lines: readonly string[], range: LineRange): string | null {
  const first = lineText(linesOf(lines, range)[0] ?? '');
  return SIGNATORY_HEADINGS.test(first) || NOTES_HEADINGS.test(first)
    ? first.replace(/\s*[:：]\s*$/u, '')
    : null;
}

/**
 * The title: a line the page repeats (a web page's headline, then the letter's own title after a lead-in such as
 * "Read the full letter below"), else the first line after a lead-in, else the first non-blank line. When front
 * matter names the title, a first line that repeats it (or is a heading) is the title, else there is no title line.
 */
function findTitle(
  lines: readonly string[],
  texts: readonly string[],
  { from, end }: { from: number; end: number },
  knownTitle?: string,
): LineRange {
  const firstText = Math.max(
    texts.findIndex((line, index) => index >= from && line !== ''),
    from,
  );
  const one = (index: number): LineRange => ({ start: index, end: Math.min(index + 1, lines.length) });
  if (knownTitle !== undefined) {
    const first = lines[firstText]?.trim() ?? '';
    const isTitle = /^#\s/u.test(first) || texts[firstText]?.toLowerCase() === knownTitle.toLowerCase();
    return isTitle ? one(firstText) : { start: firstText, end: firstText };
  }
  const repeated = texts.findIndex(
    (line, index) => index < end && index > firstText && line !== '' && line === texts[firstText],
  );
  if (repeated > 0) {
    return one(repeated);
  }
  const leadIn = findLine(texts, LEAD_IN, from, end);
  const afterLeadIn = leadIn === null ? -1 : texts.findIndex((line, index) => index > leadIn && line !== '');
  if (afterLeadIn >= 0 && afterLeadIn < end) {
    return one(afterLeadIn);
  }
  // A page's main heading ("# …" as the HTML reader writes <h1>) is its title; what comes before is the site's.
  const mainHeading = lines.findIndex(
    (line, index) => index >= from && index < end && /^#\s/u.test(line.trim()),
  );
  return one(mainHeading >= 0 ? mainHeading : firstText);
}

function findLine(texts: readonly string[], pattern: RegExp, from: number, to: number): number | null {
  for (let index = from; index < to; index += 1) {
    if (pattern.test(texts[index] ?? '')) {
      return index;
    }
  }
  return null;
}
