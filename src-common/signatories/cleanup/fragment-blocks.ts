import type { Problem } from '../../problems';
import {
  FRAGMENT_LOOK_BACK,
  fillFragments,
  fragmentWords,
  type FragmentFill,
  type FragmentWord,
} from './fragments';
import { displayName } from '../signatory';
import type { BlockEntry, FragmentSuggestion } from './suggestions';

/** Fragment lines that follow each other: one wrapped column of name ends. */
export interface FragmentBlock {
  lines: number[];
  words: FragmentWord[];
  text: string;
}

/** Makes a suggestion's id from its content (see stableId). */
export type IdMaker = (prefix: string, ...parts: string[]) => string;

/** What the fragment blocks of a list come to: a suggestion each, or a problem when no name above takes them. */
export interface FragmentOutcome {
  suggestions: FragmentSuggestion[];
  problems: Problem[];
  /** The list as it reads with every fragment suggestion accepted. */
  view: BlockEntry[];
}

// Items and characters quoted in a message: a column of thousands of lines is not worth quoting whole.
const MAX_QUOTED = 12;
const MAX_QUOTED_CHARACTERS = 300;

/**
 * Fragment lines that follow each other (blank lines between do not matter) are one wrapped column. `words[i]` are
 * entry i's fragment words (see fragmentWords), null for an entry that is a name.
 */
export function fragmentBlocks(
  entries: readonly BlockEntry[],
  words: readonly (readonly FragmentWord[] | null)[],
): FragmentBlock[] {
  const blocks: FragmentBlock[] = [];
  let previousWasFragment = false;
  entries.forEach((entry, index) => {
    const entryWords = words[index] ?? null;
    const last = blocks[blocks.length - 1];
    if (entryWords && previousWasFragment && last) {
      last.lines.push(entry.line);
      for (const word of entryWords) {
        last.words.push(word);
      }
      last.text = `${last.text} / ${displayName(entry)}`;
    } else if (entryWords) {
      blocks.push({ lines: [entry.line], words: [...entryWords], text: displayName(entry) });
    }
    previousWasFragment = entryWords !== null;
  });
  return blocks;
}

/**
 * Completes the names above each fragment block, in order, each block reading the list as the blocks before it
 * left it. The list is changed in place and each block reads only the names just above it (see
 * FRAGMENT_LOOK_BACK): thousands of blocks no longer cost a copy of the whole list each.
 */
export function completeFragments(
  blocks: readonly FragmentBlock[],
  entries: readonly BlockEntry[],
  origins: Map<string, string[]>,
  newId: IdMaker,
): FragmentOutcome {
  const view = [...entries];
  const isFragment = fragmentTest();
  const outcome: FragmentOutcome = { suggestions: [], problems: [], view };
  const removed = new Set<number>();
  for (const block of blocks) {
    const above = entriesAbove(view, block.lines[0] ?? 0, isFragment);
    const suggestion = fragmentSuggestion(
      block,
      above.map((index) => view[index]).filter((entry) => entry !== undefined),
      origins,
      newId,
    );
    if (!suggestion) {
      outcome.problems.push(unplacedFragmentProblem(block));
      continue;
    }
    outcome.suggestions.push(suggestion);
    block.lines.forEach((line) => removed.add(line));
    const completions = new Map(suggestion.completions.map((completion) => [completion.entryId, completion]));
    for (const index of above) {
      const entry = view[index];
      const completion = entry && completions.get(entry.id);
      if (entry && completion) {
        view[index] = { ...entry, name: completion.name, country: completion.country };
      }
    }
  }
  outcome.view = removed.size === 0 ? view : view.filter((entry) => !removed.has(entry.line));
  return outcome;
}

// Whether an entry reads as a fragment line, remembered per entry object: a completed entry is a new object.
function fragmentTest(): (entry: BlockEntry) => boolean {
  const known = new Map<BlockEntry, boolean>();
  return (entry) => {
    let fragment = known.get(entry);
    if (fragment === undefined) {
      fragment = fragmentWords(displayName(entry)) !== null;
      known.set(entry, fragment);
    }
    return fragment;
  };
}

// The indexes of the last FRAGMENT_LOOK_BACK entries before `line` that are not fragments, in list order. The
// list is in line order; fragment lines already used stay in it (they are skipped as fragments) until the end.
function entriesAbove(
  view: readonly BlockEntry[],
  line: number,
  isFragment: (entry: BlockEntry) => boolean,
): number[] {
  let low = 0;
  let high = view.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((view[middle]?.line ?? 0) < line) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  const above: number[] = [];
  for (let index = low - 1; index >= 0 && above.length < FRAGMENT_LOOK_BACK; index -= 1) {
    const entry = view[index];
    if (entry && !isFragment(entry)) {
      above.push(index);
    }
  }
  return above.reverse();
}

function fragmentSuggestion(
  block: FragmentBlock,
  before: readonly BlockEntry[],
  origins: Map<string, string[]>,
  newId: IdMaker,
): FragmentSuggestion | null {
  const fill = fillFragments(block.words, before);
  if (!fill || fill.completions.length === 0) {
    return null;
  }
  const id = newId('fragment', block.text, fill.runName);
  const dependsOn = [
    ...new Set(fill.completions.flatMap((completion) => origins.get(completion.entryId) ?? [])),
  ];
  fill.completions.forEach((completion) => {
    origins.set(completion.entryId, [...(origins.get(completion.entryId) ?? []), id]);
  });
  const examples = listed(fill.completions.map((completion) => `“${displayName(completion)}”`));
  const unplaced = fill.unplaced.length > 0 ? ` No name above could take ${listed(fill.unplaced)}.` : '';
  return {
    kind: 'complete-fragment',
    id,
    explanation:
      `“${quoted(block)}” is not an organization: its words are the ends of names cut off by the page layout. ` +
      `They complete ${whichLines(fill)} above, in alphabetical order: ${examples}.${unplaced}`,
    dependsOn,
    lines: block.lines,
    completions: fill.completions,
  };
}

function unplacedFragmentProblem(block: FragmentBlock): Problem {
  return {
    kind: 'fragment-line',
    severity: 'warning',
    message:
      `“${quoted(block)}” looks like the ends of names cut off by the page layout, but no name repeated above it ` +
      'can take these words. Add them to the right names by hand, or delete the line.',
    location: { section: 'signatories', line: block.lines[0] ?? 1 },
  };
}

function quoted(block: FragmentBlock): string {
  if (block.text.length <= MAX_QUOTED_CHARACTERS) {
    return block.text;
  }
  const lines = block.lines.length > 1 ? ` (${block.lines.length.toLocaleString('en')} lines)` : '';
  return `${block.text.slice(0, MAX_QUOTED_CHARACTERS)}…${lines}`;
}

/** "the 7 “X” lines", "the last 6 of the 7 “X” lines", and the cut-short lines after them: as many as are listed. */
function whichLines(fill: FragmentFill): string {
  const run =
    fill.inRun === fill.runLength
      ? `the ${fill.runLength} “${fill.runName}” lines`
      : `the last ${fill.inRun} of the ${fill.runLength} “${fill.runName}” lines`;
  const after = fill.completions.length - fill.inRun;
  return after === 0 ? run : `${run} and ${after === 1 ? 'a line' : `${after} lines`} cut short after them`;
}

function listed(items: readonly string[]): string {
  if (items.length <= MAX_QUOTED) {
    return items.join(', ');
  }
  return `${items.slice(0, MAX_QUOTED).join(', ')} and ${items.length - MAX_QUOTED} more`;
}
