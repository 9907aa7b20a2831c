import type { Problem } from '../problems';
import type { AliasIndex } from './aliases';
import { splitChapter } from './chapters';
import { findDuplicates } from './duplicates';
import { fillFragments, fragmentWords, type FragmentWord } from './fragments';
import { prepareKnownNames, splitMergedLine, type KnownNames } from './merged-lines';
import { displayName } from './signatory';
import { stableId } from './stable-id';
import {
  applyFragment,
  splitEntries,
  type BlockEntry,
  type BlockParse,
  type BlockSuggestion,
  type DuplicateSuggestion,
  type FragmentSuggestion,
  type SplitSuggestion,
} from './suggestions';
import { isListHeading, tidyLine } from './tidy';

/** What the parser may know beyond the pasted text. */
export interface BlockOptions {
  /** The directory's names and aliases: duplicates through an alias are found too. */
  aliases?: AliasIndex;
  /** Names known to be organizations (the directory's), used to cut merged lines. */
  knownNames?: readonly string[];
}

interface FragmentBlock {
  lines: number[];
  words: FragmentWord[];
  text: string;
}

/**
 * Reads a pasted signatory block (one name per line, or a messy copy from a PDF or web page) into one entry per
 * line and the suggestions that clean it: split merged lines, complete names from fragment lines, remove
 * duplicates. Every suggestion is explained and listed as a `Problem`; nothing changes until a person accepts it
 * (see applySuggestions). Duplicates are looked for in the list as it reads with every other suggestion accepted.
 */
export function parseSignatoryBlock(text: string, options: BlockOptions = {}): BlockParse {
  const lines = readLines(text);
  const entries = lines.map((line) => ({ id: `L${line.line}`, line: line.line, ...splitChapter(line.text) }));
  const fragments = fragmentBlocks(entries);
  const fragmentLines = new Set(fragments.flatMap((block) => block.lines));
  const known = prepareKnownNames(options.knownNames ?? []);
  const newId = idMaker();
  const splits = lines
    .filter((line) => !fragmentLines.has(line.line))
    .flatMap((line) => splitSuggestion(line, known, newId));
  const origins = new Map<string, string[]>();
  const splitByLine = new Map(splits.map((suggestion) => [suggestion.line, suggestion]));
  let view = entries.flatMap((entry) => {
    const split = splitByLine.get(entry.line);
    if (!split) {
      return [entry];
    }
    const parts = splitEntries(entry, split.parts);
    parts.forEach((part) => origins.set(part.id, [split.id]));
    return parts;
  });
  const fragmentSuggestions: FragmentSuggestion[] = [];
  const problems: Problem[] = [];
  for (const block of fragments) {
    const suggestion = fragmentSuggestion(block, view, origins, newId);
    if (suggestion) {
      fragmentSuggestions.push(suggestion);
      view = applyFragment(view, suggestion);
    } else {
      problems.push(unplacedFragmentProblem(block));
    }
  }
  const duplicates = duplicateSuggestions(view, origins, options.aliases, newId);
  const suggestions: BlockSuggestion[] = [...splits, ...fragmentSuggestions, ...duplicates];
  problems.push(...suggestions.map(problemFor));
  problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  return { entries, suggestions, problems };
}

interface PastedLine {
  /** 1-based. */
  line: number;
  /** Tidied (see tidyLine). */
  text: string;
}

function readLines(text: string): PastedLine[] {
  const lines: PastedLine[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = tidyLine(raw);
    if (line !== '' && !isListHeading(line)) {
      lines.push({ line: index + 1, text: line });
    }
  });
  return lines;
}

// Fragment lines that follow each other (blank lines between do not matter) are one wrapped column.
function fragmentBlocks(entries: readonly BlockEntry[]): FragmentBlock[] {
  const blocks: FragmentBlock[] = [];
  let previousWasFragment = false;
  for (const entry of entries) {
    const text = displayName(entry);
    const words = fragmentWords(text);
    const last = blocks[blocks.length - 1];
    if (words && previousWasFragment && last) {
      last.lines.push(entry.line);
      last.words.push(...words);
      last.text = `${last.text} / ${text}`;
    } else if (words) {
      blocks.push({ lines: [entry.line], words: [...words], text });
    }
    previousWasFragment = words !== null;
  }
  return blocks;
}

type IdMaker = (prefix: string, ...parts: string[]) => string;

// Content-based ids (see stableId), numbered when the same content occurs twice (a name listed three times).
function idMaker(): IdMaker {
  const seen = new Map<string, number>();
  return (prefix, ...parts) => {
    const base = stableId(prefix, ...parts);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return occurrence === 1 ? base : `${base}-${occurrence}`;
  };
}

function splitSuggestion({ line, text }: PastedLine, known: KnownNames, newId: IdMaker): SplitSuggestion[] {
  const split = splitMergedLine(text, known);
  if (!split) {
    return [];
  }
  const parts = split.parts.map(splitChapter);
  const cuts = split.reasons.map((reason, index) => `after “${split.parts[index] ?? ''}”: ${reason}`);
  return [
    {
      kind: 'split',
      id: newId('split', text),
      explanation: `Cut ${cuts.join('; ')}.`,
      dependsOn: [],
      line,
      parts,
    },
  ];
}

function fragmentSuggestion(
  block: FragmentBlock,
  view: readonly BlockEntry[],
  origins: Map<string, string[]>,
  newId: IdMaker,
): FragmentSuggestion | null {
  const first = block.lines[0] ?? 0;
  const before = view.filter((entry) => entry.line < first && !isFragment(entry));
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
  const examples = fill.completions.map((completion) => `“${displayName(completion)}”`).join(', ');
  const unplaced = fill.unplaced.length > 0 ? ` No name above could take ${fill.unplaced.join(', ')}.` : '';
  return {
    kind: 'complete-fragment',
    id,
    explanation:
      `“${block.text}” is not an organization: its words are the ends of names cut off by the page layout. ` +
      `They complete the ${fill.runLength} “${fill.runName}” lines above, in alphabetical order: ${examples}.${unplaced}`,
    dependsOn,
    lines: block.lines,
    completions: fill.completions,
  };
}

function isFragment(entry: BlockEntry): boolean {
  return fragmentWords(displayName(entry)) !== null;
}

function duplicateSuggestions(
  view: readonly BlockEntry[],
  origins: ReadonlyMap<string, string[]>,
  aliases: AliasIndex | undefined,
  newId: IdMaker,
): DuplicateSuggestion[] {
  return findDuplicates(view, { aliases }).flatMap((match) => {
    const entry = view[match.index];
    const keep = view[match.duplicateOf];
    if (!entry || !keep) {
      return [];
    }
    const dependsOn = [...new Set([...(origins.get(entry.id) ?? []), ...(origins.get(keep.id) ?? [])])];
    return [
      {
        kind: 'remove-duplicate',
        id: newId('duplicate', displayName(entry), displayName(keep)),
        explanation: `“${displayName(entry)}” repeats “${displayName(keep)}”: ${match.explanation}.`,
        dependsOn,
        entryId: entry.id,
        keepId: keep.id,
        match: match.kind,
      },
    ];
  });
}

function problemFor(suggestion: BlockSuggestion): Problem {
  switch (suggestion.kind) {
    case 'split':
      return {
        kind: 'merged-line',
        severity: 'warning',
        message: `This line seems to hold ${suggestion.parts.length} organizations. ${suggestion.explanation}`,
        location: { section: 'signatories', line: suggestion.line },
        suggestion: { id: suggestion.id, label: `Split into ${suggestion.parts.length} entries` },
      };
    case 'complete-fragment':
      return {
        kind: 'fragment-line',
        severity: 'warning',
        message: suggestion.explanation,
        location: { section: 'signatories', line: suggestion.lines[0] ?? 1 },
        suggestion: { id: suggestion.id, label: `Complete ${suggestion.completions.length} names above` },
      };
    case 'remove-duplicate':
      return {
        kind: 'duplicate-signatory',
        severity: suggestion.match === 'exact' ? 'warning' : 'info',
        message: suggestion.explanation,
        location: { section: 'signatories', line: lineOf(suggestion.entryId) },
        suggestion: { id: suggestion.id, label: 'Remove the repeat' },
      };
  }
}

function lineOf(entryId: string): number {
  return Number.parseInt(entryId.slice(1), 10) || 1;
}

function unplacedFragmentProblem(block: FragmentBlock): Problem {
  return {
    kind: 'fragment-line',
    severity: 'warning',
    message:
      `“${block.text}” looks like the ends of names cut off by the page layout, but no name repeated above it ` +
      'can take these words. Add them to the right names by hand, or delete the line.',
    location: { section: 'signatories', line: block.lines[0] ?? 1 },
  };
}
