import type { Problem } from '../../problems';
import type { SignatoryKind } from '../signatory';
import type { NameWithCountry } from './chapters';
import type { DuplicateMatch } from './duplicates';
import type { FragmentCompletion } from './fragments';

/** One proposed entry of a pasted list. */
export interface BlockEntry {
  /** `L12` for line 12 as pasted, `L12.2` for the second organization split out of it. */
  id: string;
  name: string;
  country: string;
  /** What the line says about the name beyond it: a person's role and affiliation, a description. */
  note?: string;
  /** A person or an organization, when the line or its group's heading tells; absent when it cannot be told. */
  kind?: SignatoryKind;
  /** The 1-based line of the pasted text it comes from. */
  line: number;
}

interface SuggestionBase {
  /** Stable across parses of the same content (see stableId), so a dismissal can be remembered. */
  id: string;
  /** Why, in plain words. */
  explanation: string;
  /** Suggestions that must be accepted for this one to apply (a duplicate found in a split-off part). */
  dependsOn: string[];
}

/** Cut one line into several entries. */
export interface SplitSuggestion extends SuggestionBase {
  kind: 'split';
  line: number;
  /** The entries, each with the note the lines say about it (two people's roles under their names), if any. */
  parts: (NameWithCountry & { note?: string; kind?: SignatoryKind })[];
}

/** Drop fragment lines and complete the names above with their words. */
export interface FragmentSuggestion extends SuggestionBase {
  kind: 'complete-fragment';
  lines: number[];
  completions: FragmentCompletion[];
}

/** Drop an entry that repeats another. */
export interface DuplicateSuggestion extends SuggestionBase {
  kind: 'remove-duplicate';
  entryId: string;
  keepId: string;
  match: DuplicateMatch['kind'];
}

/** A change to a pasted list that a person accepts or dismisses. */
export type BlockSuggestion = SplitSuggestion | FragmentSuggestion | DuplicateSuggestion;

/**
 * What reading a pasted list found: one entry per line as pasted, suggested changes, the problems, and how many
 * more signed than it names ("…and 40 more organizations").
 */
export interface BlockParse {
  entries: BlockEntry[];
  suggestions: BlockSuggestion[];
  problems: Problem[];
  unlisted: number;
}

/**
 * The list once the accepted suggestions are applied, in the pasted order: accepted splits first, then fragment
 * completions, then duplicate removals. A suggestion whose `dependsOn` is not all accepted does not apply.
 */
export function applySuggestions(parse: BlockParse, accepted: ReadonlySet<string>): BlockEntry[] {
  const applies = (suggestion: BlockSuggestion): boolean => suggestionApplies(suggestion, accepted);
  const entries = applyFragments(
    applySplits(parse, applies),
    parse.suggestions.filter(
      (suggestion): suggestion is FragmentSuggestion =>
        suggestion.kind === 'complete-fragment' && applies(suggestion),
    ),
  );
  const removed = new Set<string>();
  for (const suggestion of parse.suggestions) {
    if (suggestion.kind === 'remove-duplicate' && applies(suggestion)) {
      removed.add(suggestion.entryId);
    }
  }
  return entries.filter((entry) => !removed.has(entry.id));
}

/** True when a suggestion is accepted and so is every suggestion it depends on. */
export function suggestionApplies(suggestion: BlockSuggestion, accepted: ReadonlySet<string>): boolean {
  return accepted.has(suggestion.id) && suggestion.dependsOn.every((id) => accepted.has(id));
}

/** Every suggestion but the dismissed ones: what a review accepts when the person dismissed only those. */
export function acceptedExcept(parse: BlockParse, dismissed: Iterable<string>): Set<string> {
  const accepted = allSuggestionIds(parse);
  for (const id of dismissed) {
    accepted.delete(id);
  }
  return accepted;
}

/** The ids of every suggestion, for "accept all". */
export function allSuggestionIds(parse: BlockParse): Set<string> {
  return new Set(parse.suggestions.map((suggestion) => suggestion.id));
}

/** The entries a split turns one pasted line into. */
export function splitEntries(
  entry: BlockEntry,
  parts: readonly (NameWithCountry & { note?: string; kind?: SignatoryKind })[],
): BlockEntry[] {
  // Fields written out, not `...part`: a spread and two more fields is several times slower, and a list of
  // 100,000 merged lines makes hundreds of thousands of parts.
  return parts.map((part, index) => {
    const split: BlockEntry = {
      name: part.name,
      country: part.country,
      id: `${entry.id}.${index + 1}`,
      line: entry.line,
    };
    if (part.note !== undefined) {
      split.note = part.note;
    }
    // A kind the line's own words showed is the whole line's, not each part's: only a part's own is kept.
    if (part.kind !== undefined) {
      split.kind = part.kind;
    }
    return split;
  });
}

function applySplits(parse: BlockParse, applies: (suggestion: BlockSuggestion) => boolean): BlockEntry[] {
  const splits = new Map<number, SplitSuggestion>();
  for (const suggestion of parse.suggestions) {
    if (suggestion.kind === 'split' && applies(suggestion)) {
      splits.set(suggestion.line, suggestion);
    }
  }
  return parse.entries.flatMap((entry) => {
    const split = splits.get(entry.line);
    return split ? splitEntries(entry, split.parts) : [entry];
  });
}

/**
 * Applies fragment completions, in order, in one pass: their fragment lines go, the names they complete change.
 * A completion carries the whole completed name, so a later one of the same entry replaces an earlier one.
 */
function applyFragments(
  entries: readonly BlockEntry[],
  suggestions: readonly FragmentSuggestion[],
): BlockEntry[] {
  if (suggestions.length === 0) {
    return [...entries];
  }
  const removedLines = new Set(suggestions.flatMap((suggestion) => suggestion.lines));
  const completions = new Map(
    suggestions.flatMap((suggestion) =>
      suggestion.completions.map((completion) => [completion.entryId, completion] as const),
    ),
  );
  return entries
    .filter((entry) => !removedLines.has(entry.line))
    .map((entry) => {
      const completion = completions.get(entry.id);
      return completion ? { ...entry, name: completion.name, country: completion.country } : entry;
    });
}
