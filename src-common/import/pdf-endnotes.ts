import { LONE_NUMBER } from './pdf-foot-numbers';
import { markersIn, noteStart, readNotes, type PdfNote } from './pdf-footnotes';

/**
 * Endnotes: the notes of a letter written in Word and saved as PDF often follow the signature, numbered "1)", "2)"…
 * up to the text's end, with no heading. Unlike a page's footnotes they may run over many lines each, so the run is
 * recognised by where it stands and what it counts: it starts at note 1, counts up by one to the text's end, and
 * the body before it carries the markers of most of its notes (a marker set apart by a space, "1,5 °C 1 zu", is not
 * read as one). A numbered list that closes a letter has no such markers and stays text.
 */
export function takeEndnotes(pages: readonly string[][]): { pages: string[][]; notes: PdfNote[] } {
  const lines = pages.flatMap((page, index) => page.map((line) => ({ line, index })));
  const joined = withNumbersRejoined(lines.map((entry) => entry.line));
  const starts = joined.flatMap((line, at) => (noteStart(line) === null ? [] : [at]));
  for (const start of starts.filter((at) => noteStart(joined[at] ?? '')?.number === 1)) {
    const run = joined.slice(start).filter((line) => line.trim() !== '');
    const notes = readNotes(run);
    if (countsToEnd(run, notes.length) && markedEnough(joined.slice(0, start), notes)) {
      const kept = pages.map(() => [] as string[]);
      lines.slice(0, start).forEach((entry) => kept[entry.index]?.push(entry.line));
      return { pages: kept, notes };
    }
  }
  return { pages: pages.map((page) => [...page]), notes: [] };
}

// pdftotext may set a note's number and its parenthesis on two lines ("4" then ")https://…"): one line again.
// Lines are only joined, never dropped, so the line count and the page of each line before the notes stay.
function withNumbersRejoined(lines: readonly string[]): string[] {
  return lines.map((line, at) => {
    const next = lines[at + 1] ?? '';
    if (LONE_NUMBER.test(line.trim()) && next.startsWith(')')) {
      return `${line.trim()}${next}`;
    }
    return at > 0 && line.startsWith(')') && LONE_NUMBER.test((lines[at - 1] ?? '').trim()) ? '' : line;
  });
}

// Every note start in the run is the next number: a second "1)" or a gap means the lines are something else.
function countsToEnd(run: readonly string[], noteCount: number): boolean {
  const numbers = run.flatMap((line) => {
    const note = noteStart(line);
    return note === null ? [] : [note.number];
  });
  return noteCount >= 2 && numbers.length === noteCount && numbers.every((number, at) => number === at + 1);
}

function markedEnough(body: readonly string[], notes: readonly PdfNote[]): boolean {
  const marked = markersIn(body.join('\n'));
  const found = notes.filter((note) => marked.has(note.number)).length;
  return found * 2 >= notes.length;
}
