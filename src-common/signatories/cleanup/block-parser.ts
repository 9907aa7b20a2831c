import type { Problem } from '../../problems';
import type { AliasIndex } from './aliases';
import { acronymSection, type NameWithCountry } from './chapters';
import { giveHeadingCountries, readCountryHeadings } from './country-headings';
import { findDuplicates } from './duplicates';
import { completeFragments, fragmentBlocks, type IdMaker } from './fragment-blocks';
import { prepareKnownNames } from './merged-lines';
import { readLines } from './read-lines';
import { displayName, fitsSignatory, MAX_NAME_LENGTH } from '../signatory';
import { stableId } from '../stable-id';
import {
  splitEntries,
  type BlockEntry,
  type BlockParse,
  type BlockSuggestion,
  type DuplicateSuggestion,
  type FragmentSuggestion,
} from './suggestions';
import { wrappedTailSuggestions } from './wrapped-tails';
import { appendAll, pushTo } from '../../collections';

export { TooManyNames } from './read-lines';

const ACRONYM_FIRST = /^\p{Lu}{2,} /u;

/** What the parser may know beyond the pasted text. */
export interface BlockOptions {
  /** The directory's names and aliases: duplicates through an alias are found too. */
  aliases?: AliasIndex;
  /** Names known to be organizations (the directory's), used to cut merged lines. */
  knownNames?: readonly string[];
  /** Most names the list may hold once merged lines are cut; past it, reading stops with {@link TooManyNames}. */
  maxNames?: number;
}

/**
 * Reads a pasted signatory block (one name per line, or a messy copy from a PDF or web page) into one entry per
 * line and the suggestions that clean it: split merged lines, complete names from fragment lines, remove
 * duplicates. Every suggestion is explained and listed as a `Problem`; nothing changes until a person accepts it
 * (see applySuggestions). Duplicates are looked for in the list as it reads with every other suggestion accepted.
 */
export function parseSignatoryBlock(text: string, options: BlockOptions = {}): BlockParse {
  const newId = idMaker();
  const headed = readCountryHeadings(text);
  const { entries, fragmentWordsByEntry, splits, unlisted } = readLines(
    headed.text,
    { known: prepareKnownNames(options.knownNames ?? []), maxNames: options.maxNames ?? Infinity },
    newId,
  );
  giveHeadingCountries(headed.headings, entries, splits);
  readSections(entries);
  const fragments = fragmentBlocks(entries, fragmentWordsByEntry);
  const origins = new Map<string, string[]>();
  const splitByLine = new Map(splits.map((suggestion) => [suggestion.line, suggestion]));
  const view = entries.flatMap((entry) => {
    const split = splitByLine.get(entry.line);
    if (!split) {
      return [entry];
    }
    const parts = splitEntries(entry, split.parts);
    parts.forEach((part) => origins.set(part.id, [split.id]));
    return parts;
  });
  const completed = completeFragments(fragments, view, origins, newId);
  const tails = wrappedTailSuggestions(completed.view, headed.text, origins, newId);
  // What cannot be a name is left out of the list (see fitsSignatory), so it is not compared with the names.
  const names = withoutTails(completed.view, tails).filter(fitsSignatory);
  const duplicates = duplicateSuggestions(names, origins, options.aliases, newId);
  const suggestions: BlockSuggestion[] = [...splits, ...completed.suggestions, ...tails, ...duplicates];
  const problems = completed.problems;
  for (const entry of completed.view) {
    if (!fitsSignatory(entry)) {
      problems.push(tooLongProblem(entry));
    }
  }
  appendAll(problems, suggestions.map(problemFor));
  problems.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  return { entries, suggestions, problems, unlisted };
}

// The list as it reads with the wrapped tails' suggestions accepted: duplicates are looked for in that list.
function withoutTails(view: readonly BlockEntry[], tails: readonly FragmentSuggestion[]): BlockEntry[] {
  if (tails.length === 0) {
    return [...view];
  }
  const removed = new Set(tails.flatMap((suggestion) => suggestion.lines));
  const completions = new Map(
    tails.flatMap((suggestion) =>
      suggestion.completions.map((completion) => [completion.entryId, completion]),
    ),
  );
  return view
    .filter((entry) => !removed.has(entry.line))
    .map((entry) => {
      const completion = completions.get(entry.id);
      return completion ? { ...entry, name: completion.name, country: completion.country } : entry;
    });
}

// "FIAN Sweden" and "FIAN Germany" in one list are two sections of FIAN: the place is their chapter. "FIAN Brasil"
// alone is the name its section goes by.
function readSections(entries: BlockEntry[]): void {
  const sections = new Map<string, { entry: BlockEntry; section: NameWithCountry }[]>();
  for (const entry of entries) {
    const section =
      entry.country === '' && entry.note === undefined && ACRONYM_FIRST.test(entry.name)
        ? acronymSection(entry.name)
        : null;
    if (section) {
      pushTo(sections, section.name, { entry, section });
    }
  }
  for (const group of sections.values()) {
    if (new Set(group.map(({ section }) => section.country)).size >= 2) {
      for (const { entry, section } of group) {
        entry.name = section.name;
        entry.country = section.country;
      }
    }
  }
}

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
        suggestion: {
          id: suggestion.id,
          label:
            suggestion.completions.length === 0
              ? 'Leave the line out'
              : `Complete ${suggestion.completions.length} names above`,
        },
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

function tooLongProblem(entry: BlockEntry): Problem {
  const text = displayName(entry);
  return {
    kind: 'merged-line',
    severity: 'warning',
    message:
      `“${text.slice(0, 80)}…” is ${text.length.toLocaleString('en')} characters long, longer than an ` +
      `organization's name can be (${MAX_NAME_LENGTH}), so it is left out of the list. If it holds several ` +
      'organizations, put each on its own line.',
    location: { section: 'signatories', line: entry.line },
  };
}

function lineOf(entryId: string): number {
  return Number.parseInt(entryId.slice(1), 10) || 1;
}
