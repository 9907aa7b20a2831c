import { isCountryText } from './country-text';
import type { BlockEntry, SplitSuggestion } from './suggestions';

// Lists grouped by country put the country on a line of its own above its organizations ("Germany", "### France",
// "**Brasil**", "Österreich:"): the line is no signatory, and every name under it, up to the next country, is from
// that country.

/** A country heading of the list, at its 1-based line. */
export interface CountryHeading {
  line: number;
  country: string;
}

/** The list with its country headings blanked out (line numbers kept), and the headings. */
export interface CountryHeadings {
  text: string;
  headings: CountryHeading[];
}

// The fewest headings that make a list grouped by country; one country line alone may be part of a name above it.
const MIN_HEADINGS = 2;

/** Finds the country headings of a pasted list; a list that is not grouped by country comes back as it is. */
export function readCountryHeadings(text: string): CountryHeadings {
  const lines = text.split(/\r?\n/u);
  const found = lines.flatMap((line, index) => {
    const heading = headingCountry(line);
    return heading ? [{ index, ...heading }] : [];
  });
  if (found.length < MIN_HEADINGS || !groupsNames(lines, found)) {
    return { text, headings: [] };
  }
  const blanked = [...lines];
  for (const { index } of found) {
    blanked[index] = '';
  }
  return {
    text: blanked.join('\n'),
    headings: found.map(({ index, country }) => ({ line: index + 1, country })),
  };
}

/** Gives each entry (and each part a split would make of it) without a country the country of its heading. */
export function giveHeadingCountries(
  headings: readonly CountryHeading[],
  entries: readonly BlockEntry[],
  splits: readonly SplitSuggestion[],
): void {
  if (headings.length === 0) {
    return;
  }
  for (const entry of entries) {
    entry.country ||= countryAbove(headings, entry.line);
  }
  for (const split of splits) {
    const country = countryAbove(headings, split.line);
    split.parts = split.parts.map((part) => (part.country === '' ? { ...part, country } : part));
  }
}

// The headings are in line order: the last one above `line` is found by halving, so a list of 100,000 names under
// hundreds of countries is not read headings × names times.
function countryAbove(headings: readonly CountryHeading[], line: number): string {
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((headings[middle]?.line ?? Infinity) < line) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return headings[low - 1]?.country ?? '';
}

// "### Germany", "**Brasil**", "Österreich:": marks that set a line apart as a heading.
const MARKED = /^(?:#{1,6}\s+(.+)|\*\*(.+)\*\*|__(.+)__|(.+?)\s*[:：])$/u;

function headingCountry(line: string): { country: string; marked: boolean } | null {
  const trimmed = line.trim();
  const marked = MARKED.exec(trimmed);
  const inner = (marked ? (marked[1] ?? marked[2] ?? marked[3] ?? marked[4] ?? '') : trimmed)
    .replace(/[:：]$/u, '')
    .trim();
  if (inner === '' || !isCountryText(inner)) {
    return null;
  }
  return { country: inner, marked: marked !== null };
}

/**
 * True when the country lines head groups of names: each has a name under it. Lines in plain text must also open
 * the list and head a group of two names or more somewhere, or "Name" / "Country" lines one after the other (a
 * name's country wrapped onto the next line) would read as headings.
 */
function groupsNames(
  lines: readonly string[],
  found: readonly { index: number; marked: boolean }[],
): boolean {
  const sizes = found.map((heading, at) => {
    const end = found[at + 1]?.index ?? lines.length;
    return lines.slice(heading.index + 1, end).filter((line) => line.trim() !== '').length;
  });
  if (sizes.some((size) => size === 0)) {
    return false;
  }
  if (found.every((heading) => heading.marked)) {
    return true;
  }
  const first = lines.findIndex((line) => line.trim() !== '');
  return found[0]?.index === first && sizes.some((size) => size >= 2);
}
