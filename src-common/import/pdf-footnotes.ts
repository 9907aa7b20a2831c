import { withFootNumbersBeside } from './pdf-foot-numbers';
import { continuesAddress, continuesNoteAddress } from './pdf-urls';

/**
 * Footnotes at the foot of a PDF's pages ("1 https://…", "¹ See …"), taken out of the running text into the
 * letter's notes, and the markers glued to the body's words ("content.1", "groups2,", "¹") turned into "[n]".
 * A line counts as a note only when the notes count up from the last one and the body already carries its marker,
 * so a sentence that starts with a number ("1 in 5 people …") stays in the body.
 */

/** A footnote as read off the page. */
export interface PdfNote {
  number: number;
  text: string;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// Word numbers notes "1)" as often as "1": the parenthesis is the number's, not the note's text.
const NOTE_START = /^(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\)?(?:\s+|(?=https?:\/\/|www\.))(\S.*)$/u;
// A marker glued to the word before it: after a lower-case letter or closing punctuation ("content.1",
// "groups2,", "2022).1", German "Deutschland“.1"), before a space, punctuation or the line's end. "CO2", "11.3.22",
// "G7" and the digit of an address ("info@buendnis-f5.de": punctuation then a letter goes on with the word) stay.
const GLUED_MARKER =
  /(?<=\p{Ll}[.,;:!?]?["”’“‘»)]?|[)"”’“‘»][.,;:!?]?)(\d{1,3})(?=[\s)\]]|[,.;:!?](?![\p{L}\p{N}])|$)/gu;
const SUPERSCRIPT_MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu;
// A note wraps over a few lines at most; more, and the lines are the page's text.
const MAX_NOTE_LINES = 5;

function digitsOf(marker: string): number {
  return Number(
    [...marker].map((char) => (SUPERSCRIPTS.includes(char) ? SUPERSCRIPTS.indexOf(char) : char)).join(''),
  );
}

/** The note a line starts, if it starts one. */
export function noteStart(line: string): PdfNote | null {
  const match = NOTE_START.exec(line);
  if (!match || /^\d+$/u.test(match[2] ?? '')) {
    return null;
  }
  return { number: digitsOf(match[1] ?? ''), text: (match[2] ?? '').trim() };
}

/** The note numbers a text's markers name. */
export function markersIn(text: string): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(GLUED_MARKER)) {
    found.add(Number(match[1]));
  }
  for (const match of text.matchAll(SUPERSCRIPT_MARKER)) {
    found.add(digitsOf(match[0]));
  }
  return found;
}

/** Where a page's footnotes start: the first of notes numbered on from `expected` that run to the page's end. */
function notesStartOf(page: readonly string[], expected: number, marked: ReadonlySet<number>): number | null {
  let start: number | null = null;
  let linesSinceStart = 0;
  let last = 0;
  for (let at = page.length - 1; at >= 0 && linesSinceStart < MAX_NOTE_LINES; at -= 1) {
    const note = noteStart(page[at] ?? '');
    linesSinceStart += 1;
    if (note === null) {
      continue;
    }
    if (start !== null && note.number !== last - 1) {
      break;
    }
    start = at;
    last = note.number;
    linesSinceStart = 0;
  }
  while (start !== null && start < page.length) {
    const first = noteStart(page[start] ?? '');
    if (first !== null && first.number === expected && marked.has(expected)) {
      return start;
    }
    // The topmost candidate is not the next note: try the notes below it.
    start = nextNoteStart(page, start + 1);
  }
  return null;
}

function nextNoteStart(page: readonly string[], from: number): number | null {
  for (let at = from; at < page.length; at += 1) {
    if (noteStart(page[at] ?? '') !== null) {
      return at;
    }
  }
  return null;
}

/** The notes in a page's foot lines: each note's lines joined, addresses broken across lines made whole. */
export function readNotes(lines: readonly string[]): PdfNote[] {
  const notes: PdfNote[] = [];
  for (const line of lines) {
    const note = noteStart(line);
    const last = notes.at(-1);
    if (note !== null && (last === undefined || note.number === last.number + 1)) {
      notes.push(note);
    } else if (last !== undefined) {
      // The note so far, not its last line: an address may run over three lines.
      last.text = continuesNoteAddress(last.text, line) ? `${last.text}${line}` : `${last.text} ${line}`;
    }
  }
  return notes;
}

/** Pages without their footnotes, and the footnotes in order. */
export function takeFootnotes(pages: readonly string[][]): { pages: string[][]; notes: PdfNote[] } {
  const notes: PdfNote[] = [];
  // The markers of the pages before, read only when a page could hold the next note: most pages cannot.
  const markedBefore = new Set<number>();
  const kept: string[][] = [];
  let unread = 0;
  for (const original of pages) {
    const page = pages.length > 1 ? withFootNumbersBeside(original) : original;
    const expected = (notes.at(-1)?.number ?? 0) + 1;
    const mayHaveNotes = pages.length > 1 && page.some((line) => noteStart(line)?.number === expected);
    let start: number | null = null;
    if (mayHaveNotes) {
      kept
        .slice(unread)
        .forEach((body) => markersIn(body.join('\n')).forEach((number) => markedBefore.add(number)));
      unread = kept.length;
      start = notesStartOf(page, expected, new Set([...markedBefore, ...markersIn(page.join('\n'))]));
    }
    kept.push(start === null ? [...original] : withoutTrailingBlanks(page.slice(0, start)));
    if (start !== null) {
      notes.push(...readNotes(page.slice(start)));
    }
  }
  if (pages.length === 1) {
    return takeInlineNotes(kept[0] ?? []);
  }
  return { pages: kept, notes };
}

// The gap above a page's notes is the foot's, not a paragraph's end: the text may go on on the next page.
function withoutTrailingBlanks(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') {
    end -= 1;
  }
  return lines.slice(0, end);
}

/**
 * A paste has no pages: its footnotes stand between two pages' text. A note line counts when it is the next note
 * and its marker came before it; the lines after it that finish its address go with it.
 */
function takeInlineNotes(lines: readonly string[]): { pages: string[][]; notes: PdfNote[] } {
  const notes: PdfNote[] = [];
  const body: string[] = [];
  const marked = new Set<number>();
  // Body lines whose markers are not read yet: they are read when a note could start, not line by line.
  let unread = 0;
  let inNote = false;
  let previous = '';
  for (const line of lines) {
    const note = noteStart(line);
    const last = notes.at(-1);
    if (note !== null && note.number === (last?.number ?? 0) + 1) {
      body.slice(unread).forEach((bodyLine) => markersIn(bodyLine).forEach((number) => marked.add(number)));
      unread = body.length;
    }
    if (note !== null && note.number === (last?.number ?? 0) + 1 && marked.has(note.number)) {
      notes.push(note);
      inNote = true;
    } else if (inNote && last !== undefined && continuesAddress(previous, line)) {
      last.text = `${last.text}${line}`;
    } else {
      inNote = false;
      body.push(line);
    }
    previous = line;
  }
  return { pages: [body], notes };
}

/** A paragraph with its glued and superscript markers as "[n]", where note n exists. */
export function markNoteReferences(paragraph: string, numbers: ReadonlySet<number>): string {
  if (numbers.size === 0) {
    return paragraph;
  }
  const marked = paragraph.replace(GLUED_MARKER, (marker: string, _digits: string, at: number) =>
    numbers.has(Number(marker)) && !insideAddress(paragraph, at) ? `[${marker}]` : marker,
  );
  return marked.replace(SUPERSCRIPT_MARKER, (marker) =>
    numbers.has(digitsOf(marker)) ? `[${digitsOf(marker)}]` : marker,
  );
}

function insideAddress(text: string, at: number): boolean {
  const wordStart = text.lastIndexOf(' ', at) + 1;
  return /^(?:https?:\/\/|www\.)/iu.test(text.slice(wordStart, at));
}

// Two markers in a row are a run; one digit after a word may be anything ("Abs.2").
const MIN_MARKER_RUN = 2;

/**
 * The numbers of glued or superscript markers that count 1, 2, 3… once each through the text, in order: the notes
 * of a PDF whose notes were links with no printed text ("ausgebucht am 11.3.22).1", "nicht zu spüren.2", "Göttingen
 * Zero3"). Anything else (a gap, a repeat, "Art.5" among them) is no such run, and the empty set leaves the digits
 * as they are.
 */
export function noteMarkerRun(paragraphs: readonly string[]): Set<number> {
  const found: number[] = [];
  for (const paragraph of paragraphs) {
    const glued = [...paragraph.matchAll(GLUED_MARKER)]
      .filter((match) => !insideAddress(paragraph, match.index ?? 0))
      .map((match) => ({ at: match.index ?? 0, number: Number(match[1]) }));
    const superscript = [...paragraph.matchAll(SUPERSCRIPT_MARKER)].map((match) => ({
      at: match.index ?? 0,
      number: digitsOf(match[0]),
    }));
    found.push(...[...glued, ...superscript].sort((a, b) => a.at - b.at).map((marker) => marker.number));
  }
  const run = found.length >= MIN_MARKER_RUN && found.every((number, index) => number === index + 1);
  return new Set(run ? found : []);
}
