import { plainText } from '../text/inline-marks';
import { findBlocks } from './segment-blocks';
import {
  isNotesHeadingText,
  isSignatoryHeading,
  isSignatoryLead,
  signatoryLabelList,
} from './segment-headings';
import { isPageLineAboveList } from './segment-junk';
import { leftOutStart } from './left-out';
import { findTitle } from './segment-title';

/** The parts of an imported text, in the order they follow each other. */
export const LETTER_PARTS = ['preamble', 'title', 'body', 'signatories', 'notes', 'junk'] as const;

/** One of {@link LETTER_PARTS}. */
export type LetterPart = (typeof LETTER_PARTS)[number];

/** The parts when the notes block comes before the signatory block ("Notes", then "Signatories"). */
const NOTES_FIRST: readonly LetterPart[] = ['preamble', 'title', 'body', 'notes', 'signatories', 'junk'];

/**
 * The parts of a pasted letter, as half-open ranges of line indices `[start, end)`. The ranges follow each other
 * with no gap, in the order of LETTER_PARTS, except that a notes block may come before the signatory block (see
 * {@link partOrder}): a block's heading ("Signed by:", "Editors Notes") is the first line of its block.
 */
export type LetterSegments = Record<LetterPart, LineRange>;

/** Lines `[start, end)` of the text. */
export interface LineRange {
  start: number;
  end: number;
}

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
  return isNotesHeadingText(lineText(line));
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
  // What a reader left out (see left-out.ts) closes the text: the letter's parts are looked for before it.
  const letterLines = lines.slice(0, leftOutStart(lines) ?? count);
  // Each line is read once: the searches below look at the same lines several times.
  const texts = letterLines.map(lineText);
  const blocks = findBlocks(letterLines, texts, from);
  const notesFirst =
    blocks.notes !== null && blocks.signatories !== null && blocks.notes < blocks.signatories;
  const notesStart = blocks.notes ?? blocks.junk;
  const signatoriesStart = blocks.signatories ?? notesStart;
  const letterEnd = Math.min(signatoriesStart, notesStart);
  const found = findTitle(lines, texts, { from, end: letterEnd }, options.knownTitle);
  // A text that opens with its signatory or notes block has no title line.
  const title = found.start < letterEnd ? found : { start: letterEnd, end: letterEnd };
  if (notesFirst) {
    return fromStarts(
      NOTES_FIRST,
      [title.start, title.end, notesStart, signatoriesStart, blocks.junk],
      count,
    );
  }
  return fromStarts(LETTER_PARTS, [title.start, title.end, signatoriesStart, notesStart, blocks.junk], count);
}

/** The order the parts come in: the notes block may come before the signatory block. */
export function partOrder(segments: LetterSegments): readonly LetterPart[] {
  const { notes, signatories } = segments;
  const bothThere = notes.end > notes.start && signatories.end > signatories.start;
  return bothThere && notes.start < signatories.start ? NOTES_FIRST : LETTER_PARTS;
}

/** Makes ranges that follow each other in `order` from where each part after the preamble starts. */
function fromStarts(order: readonly LetterPart[], starts: readonly number[], count: number): LetterSegments {
  const bounded: number[] = [];
  starts.forEach((start, index) => {
    bounded.push(Math.min(count, Math.max(bounded[index - 1] ?? 0, Math.round(start))));
  });
  const at = (index: number) => (index < 0 ? 0 : (bounded[index] ?? count));
  const range = (part: LetterPart): LineRange => {
    const index = order.indexOf(part);
    return { start: at(index - 1), end: index === order.length - 1 ? count : at(index) };
  };
  return {
    preamble: range('preamble'),
    title: range('title'),
    body: range('body'),
    signatories: range('signatories'),
    notes: range('notes'),
    junk: range('junk'),
  };
}

/** Segments from another source (the review screen) made consistent: in order, with no gap, inside the text. */
export function normaliseSegments(segments: LetterSegments, count: number): LetterSegments {
  const order = partOrder(segments);
  const starts = order.slice(1).map((part) => segments[part].start);
  // An empty part is only a place between two others: it must not push the parts after it down.
  for (let index = starts.length - 2; index >= 0; index -= 1) {
    const range = segments[order[index + 1] ?? 'junk'];
    if (range.end <= range.start) {
      starts[index] = Math.min(starts[index] ?? count, starts[index + 1] ?? count);
    }
  }
  return fromStarts(order, starts, count);
}

/** The part a line belongs to. */
export function partOfLine(segments: LetterSegments, line: number): LetterPart {
  return (
    partOrder(segments).find((part) => line >= segments[part].start && line < segments[part].end) ?? 'junk'
  );
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
  const order = partOrder(segments);
  const index = order.indexOf(part);
  // starts[k] is where part k starts; part 0 (the preamble) always starts at 0.
  const starts = order.map((name) => segments[name].start);
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
  return fromStarts(order, starts.slice(1), count);
}

/** The lines of a range, trimmed, without blank ones. */
export function linesOf(lines: readonly string[], range: LineRange): string[] {
  return lines
    .slice(range.start, range.end)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Where a block's own lines start (its heading, or its first name), past the page's lines above them ("Sign the
 * letter", the post's address: see withFurnitureBefore); -1 when every line is the page's.
 */
export function ownLinesStart(block: readonly string[]): number {
  return block.findIndex((line) => !isPageLineAboveList(lineText(line)));
}

/**
 * The lines of a block without the heading that opens it, nor the page's "Sign the letter" before that heading;
 * a heading with the list after it ("Assinam esta Carta: A, B, C") gives the list.
 */
export function blockLines(lines: readonly string[], range: LineRange): string[] {
  const block = linesOf(lines, range);
  const own = ownLinesStart(block);
  const first = own === -1 ? Math.max(block.length - 1, 0) : own;
  const opening = block[first] ?? '';
  const list = signatoryLabelList(lineText(opening));
  if (list !== null) {
    return [list, ...block.slice(first + 1)];
  }
  return isHeading(opening) ? block.slice(first + 1) : block.slice(first);
}

/** The heading that opens a block ("Editors Notes"), or null when it starts with no heading. */
export function headingOf(lines: readonly string[], range: LineRange): string | null {
  const block = linesOf(lines, range);
  const first = block[ownLinesStart(block)] ?? '';
  return isHeading(first) ? lineText(first).replace(/\s*[:：]\s*$/u, '') : null;
}

function isHeading(line: string): boolean {
  const text = lineText(line);
  const marked = /^(?:#{1,6}\s|\*\*|__)/u.test(line.trim());
  return (
    text !== '' && (isSignatoryHeading(text, marked) || isSignatoryLead(text) || isNotesHeadingText(text))
  );
}
