/**
 * A letterhead or footer block that the layout prints on most pages: the coalition's members and address above every
 * page's text, a legal footer below it. One repeated line may be the letter's title set as a running header, which
 * the first page keeps (see removeRunningLines); a block of two lines or more repeated at most pages' edge is the
 * paper's, not the letter's, and leaves every page, the first too, for the "left out" part. Kept, its lines would
 * open the letter as its title and split every paragraph that runs on to the next page.
 */

// Lines this far from a page's edge (not counting blank ones) can belong to its letterhead or footer block.
const BLOCK_WINDOW = 8;
// Fewer pages cannot tell a repeated block from a letter that happens to start two pages alike.
const MIN_PAGES = 3;
const MIN_BLOCK_LINES = 2;

/** A line's key for comparing pages: digits (page numbers, dates) and spacing do not tell two copies apart. */
export function runningKey(line: string): string {
  return line.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').toLowerCase();
}

/** Whether a line holds a word (two letters or more), not a lone number or mark. */
export function hasWords(line: string): boolean {
  return /\p{L}\P{L}*\p{L}/u.test(line);
}

type Edge = 'start' | 'end';

function edgeIndices(page: readonly string[], edge: Edge): number[] {
  const order = page.map((_, at) => (edge === 'start' ? at : page.length - 1 - at));
  return order.filter((at) => (page[at] ?? '') !== '').slice(0, BLOCK_WINDOW);
}

// The keys found near the same edge of most pages.
function repeatedKeys(pages: readonly string[][], edge: Edge): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(edgeIndices(page, edge).map((at) => runningKey(page[at] ?? '')));
    keys.forEach((key) => pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1));
  }
  const most = Math.max(MIN_PAGES, Math.ceil(pages.length / 2));
  return new Set([...pagesWith].filter(([key, count]) => count >= most && hasWords(key)).map(([key]) => key));
}

// The lines of the block that opens (or closes) the page: repeated lines from the edge on, blank lines between.
function blockAt(page: readonly string[], edge: Edge, keys: ReadonlySet<string>): number[] {
  const block: number[] = [];
  for (const at of edgeIndices(page, edge)) {
    if (!keys.has(runningKey(page[at] ?? ''))) {
      break;
    }
    block.push(at);
  }
  return block.length >= MIN_BLOCK_LINES ? block : [];
}

/** Pages without the letterhead and footer blocks repeated at most pages' start or end. */
export function removeRepeatedBlocks(pages: readonly string[][]): string[][] {
  if (pages.length < MIN_PAGES) {
    return pages.map((page) => [...page]);
  }
  const heads = repeatedKeys(pages, 'start');
  const feet = repeatedKeys(pages, 'end');
  return pages.map((page) => {
    const drop = new Set([...blockAt(page, 'start', heads), ...blockAt(page, 'end', feet)]);
    return page.filter((_, at) => !drop.has(at));
  });
}
