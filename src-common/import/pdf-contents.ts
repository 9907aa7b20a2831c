/**
 * A table of contents at the front of a PDF: the section headings, each with its page number (after dot leaders on
 * the same line, or, as pdftotext often sets them, all the headings first and then a column of bare numbers). It is
 * the paper's way around the document, not the letter's text: the headings come again where their sections start.
 * Left in, the contents read as a run of one-line paragraphs before the first section. Taken out here, the lines
 * go with the rest of the page furniture to the "left out" part.
 */

// The contents stand on the first pages only; a list further on is the letter's own.
const FRONT_PAGES = 2;
// Fewer entries than this are as likely a short list with numbers in it.
const MIN_ENTRIES = 3;
// An entry is a heading: a short line of words.
const MAX_ENTRY_LENGTH = 90;
// A contents run starts near the page's top; looking no further keeps a page of thousands of short lines quick.
const SEARCH_LINES = 80;
// Most entries must come again later as a line of their own, as the headings of their sections.
const REPEATED_SHARE = 2 / 3;

// "Einleitung ........ 3", "Einleitung … 3", "Einleitung    3".
const LEADERED_ENTRY = /^(.*\p{L}.*?)(?:\s*[.…·]{2,}\s*|\s{2,})(\d{1,3})$/u;
const PAGE_NUMBER = /^\d{1,3}$/u;
// Characters a PDF sets that take no room ("Einleitung\u200b"): they do not tell two headings apart.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

/** A line's text for comparing an entry with a heading: no invisible characters, spacing or case. */
function headingKey(line: string): string {
  return line.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function isEntry(line: string): boolean {
  const text = headingKey(line);
  return text.length > 0 && text.length <= MAX_ENTRY_LENGTH && /\p{L}/u.test(text) && !/[.;,!?]$/u.test(text);
}

/** Whether page numbers go up (or stay) from one entry to the next, as a table of contents' do. */
function ascending(numbers: readonly number[]): boolean {
  return numbers.every((number, index) => index === 0 || number >= (numbers[index - 1] ?? 0));
}

/** A contents run found on a page: the line indices it takes, and the entries' texts. */
interface Contents {
  lines: number[];
  entries: string[];
}

/** Entries with their numbers on the same line ("Einleitung ..... 3"), from `start`. */
function leaderedRun(page: readonly string[], start: number): Contents | null {
  const lines: number[] = [];
  const entries: string[] = [];
  const numbers: number[] = [];
  for (let at = start; at < page.length; at += 1) {
    const found = LEADERED_ENTRY.exec(page[at]?.trim() ?? '');
    if (!found || !isEntry(found[1] ?? '')) {
      break;
    }
    lines.push(at);
    entries.push(found[1] ?? '');
    numbers.push(Number(found[2]));
  }
  return entries.length >= MIN_ENTRIES && ascending(numbers) ? { lines, entries } : null;
}

function skipBlank(page: readonly string[], from: number): number {
  let at = from;
  while (at < page.length && (page[at] ?? '').trim() === '') {
    at += 1;
  }
  return at;
}

/** Headings first, then as many bare page numbers after them (pdftotext's columns read one after the other). */
function splitRun(page: readonly string[], start: number): Contents | null {
  let at = start;
  while (at < page.length && isEntry(page[at] ?? '') && !PAGE_NUMBER.test(page[at]?.trim() ?? '')) {
    at += 1;
  }
  const entries = page.slice(start, at);
  if (entries.length < MIN_ENTRIES) {
    return null;
  }
  const numbersFrom = skipBlank(page, at);
  const numbers = page.slice(numbersFrom, numbersFrom + entries.length).map((line) => line.trim());
  if (numbers.length < entries.length || !numbers.every((line) => PAGE_NUMBER.test(line))) {
    return null;
  }
  if (!ascending(numbers.map(Number))) {
    return null;
  }
  const lines = [...entries.keys()].map((index) => start + index);
  numbers.forEach((_, index) => lines.push(numbersFrom + index));
  return { lines, entries };
}

/** Whether most entries come again, later in the text, as a line of their own. */
function repeatedLater(entries: readonly string[], laterKeys: ReadonlySet<string>): boolean {
  const repeated = entries.filter((entry) => laterKeys.has(headingKey(entry))).length;
  return repeated >= entries.length * REPEATED_SHARE;
}

function laterLineKeys(pages: readonly string[][], pageIndex: number, after: number): Set<string> {
  const keys = new Set<string>();
  pages.forEach((page, index) => {
    if (index < pageIndex) {
      return;
    }
    page.forEach((line, at) => {
      if (index > pageIndex || at > after) {
        keys.add(headingKey(line));
      }
    });
  });
  return keys;
}

function contentsOn(pages: readonly string[][], pageIndex: number): Contents | null {
  const page = (pages[pageIndex] ?? []).slice(0, SEARCH_LINES * 2);
  for (let start = 0; start < Math.min(page.length, SEARCH_LINES); start += 1) {
    const run = leaderedRun(page, start) ?? splitRun(page, start);
    if (run && repeatedLater(run.entries, laterLineKeys(pages, pageIndex, Math.max(...run.lines)))) {
      return run;
    }
  }
  return null;
}

/** Pages without their table of contents, and the headings it named. */
export interface PagesWithoutContents {
  pages: string[][];
  /** The entries' texts: the sections' headings, which stand alone where the sections start. */
  headings: string[];
}

/** The pages without a table of contents on the first of them, when one is there. */
export function removeContents(pages: readonly string[][]): PagesWithoutContents {
  const kept = pages.map((page) => [...page]);
  for (let index = 0; index < Math.min(FRONT_PAGES, pages.length); index += 1) {
    const contents = contentsOn(pages, index);
    if (contents) {
      const taken = new Set(contents.lines);
      kept[index] = (pages[index] ?? []).filter((_, at) => !taken.has(at));
      const headings = contents.entries.map((entry) =>
        entry.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim(),
      );
      return { pages: kept, headings };
    }
  }
  return { pages: kept, headings: [] };
}
