import { removeContents } from './pdf-contents';
import { endsSentence, FULL_SHARE, startsLower } from './pdf-detect';
import { hasWords, removeRepeatedBlocks, runningKey } from './pdf-letterhead';

/**
 * A PDF's text split at its pages, and the page's furniture taken out: page numbers ("2", "Page 2 of 5", "- 2 -")
 * and running headers and footers that repeat from page to page. It is the layout's, not the letter's: kept, it
 * would split a paragraph that runs on to the next page, or turn up as a signatory in the middle of a list. So it
 * follows the letter, under its own heading, where the review screen shows it (see withLeftOut).
 */

// Zero-width spaces that a word processor left after headings and bullets: invisible, but they keep a line from
// reading as a bullet or a heading, and a name from matching its other copies.
const ZERO_WIDTH = /\u200B/gu;

// pdftotext ends every page with a form feed; a paste from a PDF reader has none and is one page here.
export function splitPages(text: string): string[][] {
  const pages = text
    .replace(/\r\n?/gu, '\n')
    .split('\f')
    .map((page) => trimBlankEdges(page.split('\n').map((line) => line.replace(ZERO_WIDTH, '').trim())));
  return pages.filter((page, index) => page.length > 0 || index === 0);
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') {
    start += 1;
  }
  while (end > start && lines[end - 1] === '') {
    end -= 1;
  }
  return lines.slice(start, end);
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|seite|página|pagina|page no\.?|p\.|s\.)\s*)?(\d{1,4})(?:\s*(?:\/|of|von|de|di|sur)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
const WORDED_PAGE_NUMBER = /^(?:page|seite|página|pagina)\s+\d{1,4}(?:\s+(?:of|von|de|di|sur)\s+\d{1,4})?$/iu;

/** The page number a line gives ("2", "- 2 -", "Page 2 of 5", "2/5"), or null. */
export function pageNumberOf(line: string): number | null {
  const match = PAGE_NUMBER.exec(line.trim());
  return match ? Number(match[1]) : null;
}

/** A PDF's pages without their furniture, and the furniture's lines in the order the pages show them. */
export interface PagesWithoutFurniture {
  pages: string[][];
  leftOut: string[];
  /** The section headings a table of contents named (see removeContents). */
  headings: string[];
}

/**
 * Pages without their numbers and running headers and footers. With one page (a paste), a number or a repeated line
 * is furniture only where it interrupts prose: between two lines of a paragraph that carries on past it.
 */
export function removePageFurniture(pages: readonly string[][], width: number): PagesWithoutFurniture {
  const { pages: kept, headings } =
    pages.length === 1
      ? { pages: [removeInlineFurniture(pages[0] ?? [], width)], headings: [] }
      : removeContents(
          removeRunningLines(removeRepeatedBlocks(removePageNumbers(pages)).map(trimBlankEdges)),
        );
  const leftOut = pages.flatMap((page, index) => linesNotKept(page, kept[index] ?? []));
  return { pages: kept, leftOut, headings };
}

/** The lines of `page` that `kept` (the page with some lines taken out, in order) no longer holds; blanks aside. */
function linesNotKept(page: readonly string[], kept: readonly string[]): string[] {
  const dropped: string[] = [];
  let next = 0;
  for (const line of page) {
    if (next < kept.length && kept[next] === line) {
      next += 1;
    } else if (line !== '') {
      dropped.push(line);
    }
  }
  return dropped;
}

// A page's number sits on its first or last line; it counts when it follows the page's place (page 3 says "3",
// or "4" when a cover page goes unnumbered), so a table's row number at a page's foot stays.
function removePageNumbers(pages: readonly string[][]): string[][] {
  const offsets = new Map<number, number>();
  const edgeNumbers = pages.map((page, index) =>
    [0, page.length - 1].map((at) => {
      const number = pageNumberOf(page[at] ?? '');
      if (number !== null) {
        offsets.set(number - index, (offsets.get(number - index) ?? 0) + 1);
      }
      return number;
    }),
  );
  const best = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0];
  // Past two pages, one page ending in its own number is chance (a footnote's number set apart at its foot).
  const enough = pages.length > 2 ? 2 : 1;
  if (best === undefined || Math.abs(best[0]) > 3 || best[1] < enough) {
    return pages.map((page) => [...page]);
  }
  return pages.map((page, index) => {
    const [top, bottom] = edgeNumbers[index] ?? [];
    const isNumber = (number: number | null | undefined) => number === index + best[0];
    const from = isNumber(top) ? 1 : 0;
    const to = isNumber(bottom) && page.length - 1 >= from ? page.length - 1 : page.length;
    return trimBlankEdges(page.slice(from, to));
  });
}

// Lines this close to a page's top or bottom can be its running header or footer.
const EDGE_LINES = 2;

// A line found at the edge of two pages or more is the layout's; its first page keeps it (a letterhead or the
// title, which the letter's reader still wants), the pages after lose it.
function removeRunningLines(pages: readonly string[][]): string[][] {
  const pagesWith = new Map<string, Set<number>>();
  const edgeIndices = (page: readonly string[]) => {
    const found = new Set<number>();
    for (let at = 0; at < Math.min(EDGE_LINES, page.length); at += 1) {
      found.add(at);
      found.add(page.length - 1 - at);
    }
    return [...found].filter((at) => at >= 0 && hasWords(page[at] ?? ''));
  };
  pages.forEach((page, index) => {
    for (const at of edgeIndices(page)) {
      const key = runningKey(page[at] ?? '');
      pagesWith.set(key, (pagesWith.get(key) ?? new Set()).add(index));
    }
  });
  return pages.map((page, index) => {
    const drop = new Set(
      edgeIndices(page).filter((at) => {
        const seen = pagesWith.get(runningKey(page[at] ?? '')) ?? new Set<number>();
        return seen.size >= 2 && Math.min(...seen) < index;
      }),
    );
    return trimBlankEdges(page.filter((_, at) => !drop.has(at)));
  });
}

/** Where a line sits inside a paragraph: the line before runs to the margin unfinished, or the next carries on. */
function interruptsProse(before: string, after: string, width: number): boolean {
  if (before === '' || after === '') {
    return false;
  }
  const unfinished = before.length >= width * FULL_SHARE && !endsSentence(before);
  return unfinished || startsLower(after);
}

function removeInlineFurniture(lines: readonly string[], width: number): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (hasWords(line)) {
      const key = runningKey(line);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const seen = new Set<string>();
  // A page's furniture comes in a run (its footer's number, the next page's header): read the run as one.
  const candidate = lines.map((line) => {
    const key = runningKey(line);
    const repeated = hasWords(line) && (counts.get(key) ?? 0) >= 2 && seen.has(key);
    seen.add(key);
    return { number: pageNumberOf(line) !== null, repeated };
  });
  const drop = new Set<number>();
  for (let at = 0; at < lines.length; at += 1) {
    if (WORDED_PAGE_NUMBER.test(lines[at] ?? '')) {
      drop.add(at);
      continue;
    }
    const isFurniture = (index: number) =>
      candidate[index]?.number === true || candidate[index]?.repeated === true;
    if (!isFurniture(at)) {
      continue;
    }
    // The run goes on past blank lines: a page's foot and the next page's head are often apart.
    let end = at;
    while (end < lines.length && (isFurniture(end) || lines[end] === '')) {
      end += 1;
    }
    const run = candidate.slice(at, end);
    const pageBreak = run.some((line) => line.number) && run.some((line) => line.repeated);
    if (pageBreak || interruptsProse(lines[at - 1] ?? '', lines[end] ?? '', width)) {
      for (let index = at; index < end; index += 1) {
        drop.add(index);
      }
    }
    at = end - 1;
  }
  return lines.filter((_, at) => !drop.has(at));
}
