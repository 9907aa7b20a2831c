import { z } from 'zod';

// Suggested edits live in the letter's body itself, so they save, sync and merge like the text around them:
// inserted text carries the insertion mark, text proposed for deletion the deletion mark (it stays in the body until
// the suggestion is accepted), changed formatting the format mark. Elements that cannot carry marks in the shared body
// (a note reference, a line break, the break between two paragraphs) carry the same stamp in an attribute instead.

/** The mark on text a person suggested adding. */
export const INSERTION_MARK = 'suggestedInsertion';
/** The mark on text a person suggested removing; the text stays until the suggestion is accepted. */
export const DELETION_MARK = 'suggestedDeletion';
/** The mark on text whose formatting a person suggested changing; the new formatting is already applied. */
export const FORMAT_MARK = 'suggestedFormat';
/** Attribute of an inline element (note reference, line break): a suggested insertion or deletion of it. */
export const INLINE_SUGGESTION_ATTR = 'suggestion';
/** Attribute of a paragraph or heading: the break before it is a suggested insertion or deletion. */
export const BREAK_SUGGESTION_ATTR = 'suggestedBreak';
/** The blocks that hold text, whose breaks can be suggested. */
export const TEXTBLOCK_TYPES: readonly string[] = ['paragraph', 'heading'];
/** The inline elements that carry {@link INLINE_SUGGESTION_ATTR}. */
export const INLINE_ELEMENT_TYPES: readonly string[] = ['noteReference', 'hardBreak'];

/** Who suggested something: an id kept on their computer, and the name and colour they showed at the time. */
export interface SuggestionAuthor {
  authorId: string;
  authorName: string;
  colour: string;
}

/** What every part of a suggestion carries: its id (shared by its insertion and deletion), author and time. */
export interface SuggestionStamp extends SuggestionAuthor {
  id: string;
  /** When it was suggested, ISO 8601. */
  time: string;
}

/** Whether a suggestion adds or removes what carries it. */
export type SuggestionKind = 'insert' | 'delete';

const stampSchema = z.object({
  id: z.string().min(1),
  authorId: z.string(),
  authorName: z.string(),
  colour: z.string(),
  time: z.string(),
});

/** The stamp of a mark's or attribute's value, or null for anything else. */
export function stampOf(value: unknown): SuggestionStamp | null {
  const parsed = stampSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A stamp with only its own fields, as marks and attributes store it. */
export function plainStamp(stamp: SuggestionStamp): SuggestionStamp {
  return {
    id: stamp.id,
    authorId: stamp.authorId,
    authorName: stamp.authorName,
    colour: stamp.colour,
    time: stamp.time,
  };
}

/** A suggestion on an element or a break, as its attribute holds it. */
export interface NodeSuggestion {
  kind: SuggestionKind;
  stamp: SuggestionStamp;
}

/**
 * The attribute value of an element's or a break's suggestion: a string, so the shared body compares it by value
 * (an object would look changed on every edit and be written again).
 */
export function encodeNodeSuggestion(kind: SuggestionKind, stamp: SuggestionStamp): string {
  return JSON.stringify({ kind, ...plainStamp(stamp) });
}

/** Reads {@link encodeNodeSuggestion}'s value; null for none or anything unreadable. */
export function decodeNodeSuggestion(value: unknown): NodeSuggestion | null {
  const parsed = parseAttribute(value);
  const stamp = stampOf(parsed);
  const kind = typeof parsed === 'object' && parsed !== null && 'kind' in parsed ? parsed.kind : undefined;
  return stamp && (kind === 'insert' || kind === 'delete') ? { kind, stamp: plainStamp(stamp) } : null;
}

/** A suggestion attribute's JSON text read back; null for none or anything unreadable. */
export function parseAttribute(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') {
    return null;
  }
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/** A mark as the format suggestion records it: its type and attributes. */
export interface MarkRecord {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A format suggestion: the marks it added and the marks it removed, so rejecting it can put them back. */
export interface FormatChange {
  added: MarkRecord[];
  removed: MarkRecord[];
}

const markRecordSchema = z.object({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

const markListSchema = z.array(markRecordSchema);

/** Reads the format mark's `added` or `removed` attribute (a JSON string of marks). */
export function markRecordsOf(value: unknown): MarkRecord[] {
  if (typeof value !== 'string' || value === '') {
    return [];
  }
  try {
    const parsed = markListSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The format mark's attributes for a change. */
export function formatAttrs(stamp: SuggestionStamp, change: FormatChange): Record<string, unknown> {
  return {
    ...plainStamp(stamp),
    added: JSON.stringify(change.added),
    removed: JSON.stringify(change.removed),
  };
}

/** The format change a format mark's attributes record. */
export function formatChangeOf(attrs: Record<string, unknown> | undefined): FormatChange {
  return { added: markRecordsOf(attrs?.added), removed: markRecordsOf(attrs?.removed) };
}
