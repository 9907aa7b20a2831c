import { z } from 'zod';
import { displayName } from '../signatory';
import {
  applySuggestions,
  splitEntries,
  suggestionApplies,
  type BlockEntry,
  type BlockParse,
  type BlockSuggestion,
} from './suggestions';

/**
 * What an accepted clean-up did to the lines a signatory came from: one line split into several organizations,
 * lines joined into chapter names, another spelling merged into it, or a repeat of it dropped.
 */
export const CLEANUP_KINDS = ['split', 'joined', 'merged', 'dropped'] as const;

/** One accepted clean-up, kept with the signatory it made, so co-editors see why the list differs from the text. */
export const cleanupRecordSchema = z.object({
  kind: z.enum(CLEANUP_KINDS),
  /** The lines as they were pasted or imported. */
  from: z.array(z.string().max(2000)).max(500),
  /** What they became. */
  to: z.array(z.string().max(2000)).max(500),
  /** When, as YYYY-MM-DD. */
  on: z.iso.date(),
  /** Who accepted it, as shown to co-editors; empty when not known. */
  by: z.string().max(200),
  /** For a merge: the other spelling, which becomes an alias when the organization is added to the directory. */
  alias: z.string().max(300).optional(),
});

/** See {@link cleanupRecordSchema}. */
export type CleanupRecord = z.output<typeof cleanupRecordSchema>;

/** When and by whom the clean-ups were accepted. */
export interface CleanupStamp {
  on: string;
  by: string;
}

/**
 * The record of every accepted suggestion, by the id of the entry of the cleaned list it made or kept (a split
 * part, a completed chapter, the entry a repeat was merged into). Entries no suggestion touched have none.
 */
export function cleanupRecords(
  parse: BlockParse,
  accepted: ReadonlySet<string>,
  stamp: CleanupStamp,
): Map<string, CleanupRecord[]> {
  const records = new Map<string, CleanupRecord[]>();
  // Fields written out, not spread: a list of 100,000 merged lines makes as many records.
  const add: AddRecord = (entryId, { kind, from, to, alias }) => {
    const record: CleanupRecord = { kind, from, to, on: stamp.on, by: stamp.by };
    if (alias !== undefined) {
      record.alias = alias;
    }
    const kept = records.get(entryId);
    if (kept) {
      kept.push(record);
    } else {
      records.set(entryId, [record]);
    }
  };
  const applied = parse.suggestions.filter((suggestion) => suggestionApplies(suggestion, accepted));
  if (applied.length === 0) {
    return records;
  }
  const pasted = new Map(parse.entries.map((entry) => [entry.line, entry]));
  const lineText = (line: number): string => {
    const entry = pasted.get(line);
    return entry ? displayName(entry) : '';
  };
  for (const suggestion of applied) {
    if (suggestion.kind === 'split') {
      const entry = pasted.get(suggestion.line);
      const parts = entry ? splitEntries(entry, suggestion.parts) : [];
      const to = parts.map(displayName);
      parts.forEach((part) => add(part.id, { kind: 'split', from: [lineText(suggestion.line)], to }));
    }
  }
  const fragments = applied.filter((suggestion) => suggestion.kind === 'complete-fragment');
  // Names as they stood before each later kind of clean-up: completions read the split list, repeats the completed one.
  const split =
    fragments.length === 0 ? new Map() : entriesById(applySuggestions(withKinds(parse, ['split']), accepted));
  for (const suggestion of fragments) {
    if (suggestion.kind === 'complete-fragment') {
      for (const completion of suggestion.completions) {
        const before = split.get(completion.entryId);
        const from = [before ? displayName(before) : '', ...suggestion.lines.map(lineText)];
        add(completion.entryId, { kind: 'joined', from, to: [displayName(completion)] });
      }
    }
  }
  recordRepeats(parse, applied, accepted, add);
  return records;
}

type AddRecord = (entryId: string, record: Omit<CleanupRecord, 'on' | 'by'>) => void;

function recordRepeats(
  parse: BlockParse,
  applied: readonly BlockSuggestion[],
  accepted: ReadonlySet<string>,
  add: AddRecord,
): void {
  const keptFor = new Map<string, string>();
  for (const suggestion of applied) {
    if (suggestion.kind === 'remove-duplicate') {
      keptFor.set(suggestion.entryId, suggestion.keepId);
    }
  }
  if (keptFor.size === 0) {
    return;
  }
  const completed = entriesById(applySuggestions(withKinds(parse, ['split', 'complete-fragment']), accepted));
  for (const [droppedId, keepId] of keptFor) {
    const keptId = survivor(keepId, keptFor);
    const dropped = completed.get(droppedId);
    const kept = completed.get(keptId);
    if (!dropped || !kept) {
      continue;
    }
    const sameSpelling = dropped.name.toLocaleLowerCase() === kept.name.toLocaleLowerCase();
    const from = [displayName(kept), displayName(dropped)];
    const to = [displayName(kept)];
    add(
      keptId,
      sameSpelling ? { kind: 'dropped', from, to } : { kind: 'merged', from, to, alias: dropped.name },
    );
  }
}

/** The entry a repeat ends up in when the one it repeats is itself a repeat of another. */
function survivor(keepId: string, keptFor: ReadonlyMap<string, string>): string {
  let current = keepId;
  const seen = new Set<string>();
  while (keptFor.has(current) && !seen.has(current)) {
    seen.add(current);
    current = keptFor.get(current) ?? current;
  }
  return current;
}

function withKinds(parse: BlockParse, kinds: readonly BlockSuggestion['kind'][]): BlockParse {
  return { ...parse, suggestions: parse.suggestions.filter((suggestion) => kinds.includes(suggestion.kind)) };
}

function entriesById(entries: readonly BlockEntry[]): Map<string, BlockEntry> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}
