// A sign-on letter often prints its signatories as a numbered table: "1 | 34 Cross | 52 | Branddify | 101 DataCulture
// | …". A copy from a PDF reads such a table cell by cell, not always in reading order: a row number on a line of
// its own with its name on the next ("1" / "34 Cross"), a number and its name on one line ("101 DataCulture"), a
// name and the next cell's number ("Accrete Globus Technology 56"), two cells on one line ("106 Design2Occupancy
// Services 155 Gamiana"). The numbers are the table's, never part of a name; a name may begin with a number itself
// ("34 Cross", "48 Arts and Crafts") when that number is written elsewhere as a row's.

/** What one line of a numbered table holds: the names on it; empty for a line of row numbers only; null for a line
 * without a row number, read as it is. */
export type RowLine = readonly string[] | null;

// A table has at least this many rows, numbered in runs of at least MIN_RUN: a list of names that happen to start
// with numbers ("350 Bay Area", "1 Million Women") is not a table.
const MIN_ROWS = 10;
const MIN_RUN = 3;
// Row numbers are looked for up to here: a postcode ("Bangalore 560017") is not one.
const MAX_ROW = 100_000;
const INTEGER = /^\d{1,6}$/u;
const NUMBER_FIRST = /^\s*\d{1,6}(?:\s|$)/u;

type Place = 'alone' | 'first' | 'inside';

interface Occurrence {
  line: number;
  token: number;
  place: Place;
}

const RANK: Readonly<Record<Place, number>> = { alone: 0, first: 1, inside: 2 };

/**
 * Reads a block as a numbered table: for each line, the names it holds once its row numbers are taken out (see
 * {@link RowLine}), or null when the block is not one. Which number a name answers does not matter here: the table's names are the list.
 */
export function numberedRows(lines: readonly string[]): RowLine[] | null {
  // A list without MIN_ROWS lines starting with a number is not split into words to find out.
  if (lines.filter((line) => NUMBER_FIRST.test(line)).length < MIN_ROWS) {
    return null;
  }
  const words = lines.map((line) =>
    line
      .trim()
      .split(/\s+/u)
      .filter((word) => word !== ''),
  );
  const chosen = rowNumbers(words);
  if (!chosen) {
    return null;
  }
  return words.map((lineWords, line) => cellsOf(lineWords, chosen.get(line)));
}

// The names on a line, cut at its row numbers.
function cellsOf(words: readonly string[], numbers: ReadonlySet<number> | undefined): RowLine {
  if (!numbers) {
    return null;
  }
  const names: string[] = [];
  let current: string[] = [];
  words.forEach((word, index) => {
    if (!numbers.has(index)) {
      current.push(word);
    } else if (current.length > 0) {
      names.push(current.join(' '));
      current = [];
    }
  });
  if (current.length > 0) {
    names.push(current.join(' '));
  }
  return names;
}

/**
 * The tokens that are row numbers, by line, or null when the block is not a numbered table. Each number 1…N is one
 * row's: written alone on a line before written first on a line, and first before inside a line.
 */
function rowNumbers(words: readonly (readonly string[])[]): Map<number, Set<number>> | null {
  const best = new Map<number, Occurrence>();
  words.forEach((lineWords, line) => {
    lineWords.forEach((word, token) => {
      if (!INTEGER.test(word)) {
        return;
      }
      const value = Number(word);
      const place: Place = lineWords.length === 1 ? 'alone' : token === 0 ? 'first' : 'inside';
      const known = best.get(value);
      if (value >= 1 && value <= MAX_ROW && (!known || RANK[place] < RANK[known.place])) {
        best.set(value, { line, token, place });
      }
    });
  });
  const rows = inRuns([...best.keys()]);
  // A name ends with a number ("UFCW Local 7") more often than a copy breaks a line before one: a table's numbers
  // stand alone or first on their lines.
  if (rows.filter((value) => best.get(value)?.place !== 'inside').length < MIN_ROWS) {
    return null;
  }
  const chosen = new Map<number, Set<number>>();
  for (const value of rows) {
    const occurrence = best.get(value);
    if (occurrence) {
      const tokens = chosen.get(occurrence.line) ?? new Set<number>();
      tokens.add(occurrence.token);
      chosen.set(occurrence.line, tokens);
    }
  }
  return chosen;
}

// The values that follow each other in runs of MIN_RUN or more (1, 2, 3…; 52, 53, 54…): a table's row numbers, page
// by page and column by column; a number in a name or an address stands alone.
function inRuns(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const rows: number[] = [];
  let start = 0;
  sorted.forEach((value, index) => {
    const next = sorted[index + 1];
    if (next === value + 1) {
      return;
    }
    if (index + 1 - start >= MIN_RUN) {
      for (const row of sorted.slice(start, index + 1)) {
        rows.push(row);
      }
    }
    start = index + 1;
  });
  return rows;
}
