import { tokenizeLine, type LineToken } from './line-tokens';
import { foldText, normaliseName } from '../normalise';
import { placeAt } from './places';
import { CONNECTORS, DEMONYMS, TYPE_WORDS } from './vocabulary';

// PDFs with narrow columns wrap long names and the copy puts the wrapped ends together on a line of their own:
// seven "Students for a Free Tibet" lines, then "Canada Denmark France India Japan UK". Such a line is made only of
// places and words like "Foundation"; its words complete the repeated name above it, in alphabetical order.

/** A word (or place of several words) of a fragment line. */
export interface FragmentWord {
  text: string;
  place: boolean;
}

/** An entry of the list above a fragment line. */
export interface ListEntry {
  id: string;
  name: string;
  country: string;
}

/** The entry a fragment word completes, as it reads once completed. */
export interface FragmentCompletion {
  entryId: string;
  name: string;
  country: string;
}

/** How a fragment line's words complete the names above it. */
export interface FragmentFill {
  /** The repeated name the words belong to. */
  runName: string;
  /** How many times it is repeated. */
  runLength: number;
  /** How many of the run's lines, its last ones, the words complete (the rest complete cut-short lines after it). */
  inRun: number;
  completions: FragmentCompletion[];
  /** Words no name above could take. */
  unplaced: string[];
}

/** How many entries above a fragment line {@link fillFragments} reads: the last ones of `before`, no others. */
export const FRAGMENT_LOOK_BACK = 120;

/**
 * The words of a line made only of places and organization-type words, or null for any other line. `lineTokens`
 * are the line's tokens when the caller has them already.
 */
export function fragmentWords(
  line: string,
  lineTokens: readonly LineToken[] = tokenizeLine(line),
): FragmentWord[] | null {
  const tokens = lineTokens.filter((token) => token.word !== '');
  const words = tokens.map((token) => token.word);
  const found: FragmentWord[] = [];
  let index = 0;
  while (index < tokens.length) {
    const place = placeAt(words, index);
    const length = place?.length ?? (TYPE_WORDS.has(words[index] ?? '') ? 1 : 0);
    if (length === 0) {
      return null;
    }
    const text = tokens
      .slice(index, index + length)
      .map((token) => token.text)
      .join(' ');
    found.push({ text, place: place !== null });
    index += length;
  }
  return found.length > 0 ? found : null;
}

/**
 * Assigns a fragment's words to the nearest run of repeated names above it: the longest alphabetical stretch of
 * words goes to the last lines of the run (the first, bare line is the organization itself); the words after it
 * go to the following lines that read as cut short ("Uyghur American" + "Association"). Places become the chapter's
 * country; other words complete the name ("Uyghur Academy Foundation"). Null when no name repeats above.
 */
export function fillFragments(
  words: readonly FragmentWord[],
  before: readonly ListEntry[],
): FragmentFill | null {
  const run = nearestRun(before);
  if (!run) {
    return null;
  }
  const ascending = Math.min(ascendingLength(words), run.end - run.start);
  const completions: FragmentCompletion[] = [];
  words.slice(0, ascending).forEach((word, offset) => {
    const entry = before[run.end - ascending + offset];
    if (entry) {
      completions.push(complete(entry, word));
    }
  });
  const inRun = completions.length;
  const unplaced: string[] = [];
  let next = run.end;
  for (const word of words.slice(ascending)) {
    while (next < before.length && !cutShort(before[next]?.name ?? '')) {
      next += 1;
    }
    const entry = before[next];
    if (entry) {
      completions.push(complete(entry, word));
      next += 1;
    } else {
      unplaced.push(word.text);
    }
  }
  return {
    runName: before[run.start]?.name ?? '',
    runLength: run.end - run.start,
    inRun,
    completions,
    unplaced,
  };
}

function nearestRun(before: readonly ListEntry[]): { start: number; end: number } | null {
  const stop = Math.max(0, before.length - FRAGMENT_LOOK_BACK);
  for (let end = before.length; end - 1 > stop; end -= 1) {
    let start = end - 1;
    while (start > stop && sameEntry(before[start - 1], before[end - 1])) {
      start -= 1;
    }
    if (end - start >= 2) {
      return { start, end };
    }
  }
  return null;
}

function sameEntry(a: ListEntry | undefined, b: ListEntry | undefined): boolean {
  return !!a && !!b && a.country === b.country && normaliseName(a.name) === normaliseName(b.name);
}

// Lists are alphabetical, so the chapters of one name come in order; the first word out of order starts the next.
function ascendingLength(words: readonly FragmentWord[]): number {
  let length = words.length > 0 ? 1 : 0;
  while (
    length < words.length &&
    foldText(words[length - 1]?.text ?? '') < foldText(words[length]?.text ?? '')
  ) {
    length += 1;
  }
  return length;
}

// A name cannot end with a small word or an adjective of nationality: "Uyghur American" lost its last word.
function cutShort(name: string): boolean {
  const last = foldText(name).split(' ').pop() ?? '';
  return CONNECTORS.has(last) || DEMONYMS.has(last) || /[-–&]$/u.test(name.trim());
}

function complete(entry: ListEntry, word: FragmentWord): FragmentCompletion {
  if (word.place && entry.country === '') {
    return { entryId: entry.id, name: entry.name, country: word.text };
  }
  return { entryId: entry.id, name: `${entry.name} ${word.text}`, country: entry.country };
}
