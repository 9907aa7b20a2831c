import { z } from 'zod';
import { parseAttribute, plainStamp, stampOf, type SuggestionStamp } from './suggestion';

// A suggested change to a paragraph's shape (heading or not, its level, list, quote, direction) is applied at once,
// like suggested formatting, and the paragraph records how it was, so that a reject can put it back.

/** Attribute of a paragraph or heading: a suggested change of its shape, with the shape it had before. */
export const BLOCK_SUGGESTION_ATTR = 'suggestedBlock';

/** The list wrappers a paragraph can stand in. */
export const LIST_TYPES: readonly string[] = ['bulletList', 'orderedList'];
/** The wrapper of one list entry. */
export const LIST_ITEM_TYPE = 'listItem';
/** The wrapper of a quotation. */
export const QUOTE_TYPE = 'blockquote';

/** What a paragraph looks like apart from its text: what a shape suggestion changes and a reject restores. */
export interface BlockShape {
  /** `paragraph` or `heading`. */
  type: string;
  /** A heading's level; null for a paragraph. */
  level: number | null;
  /** Its `dir` attribute (`ltr`, `rtl`, `auto`), or null when it has none. */
  dir: string | null;
  /** The list it is an entry of (`bulletList` or `orderedList`), or null. */
  list: string | null;
  /** Whether it stands in a quotation. */
  quote: boolean;
}

/** A shape suggestion as the paragraph's attribute holds it. */
export interface BlockSuggestion {
  stamp: SuggestionStamp;
  /** The shape before the suggestion. */
  was: BlockShape;
}

const suggestionSchema = z.object({
  was: z.object({
    type: z.string().min(1),
    level: z.number().int().nullable(),
    dir: z.string().nullable(),
    list: z.string().nullable(),
    quote: z.boolean(),
  }),
});

/** The attribute's value: a string, so the shared body compares it by value (as the break suggestion does). */
export function encodeBlockSuggestion(stamp: SuggestionStamp, was: BlockShape): string {
  return JSON.stringify({ ...plainStamp(stamp), was });
}

/** Reads {@link encodeBlockSuggestion}'s value; null for none or anything unreadable. */
export function decodeBlockSuggestion(value: unknown): BlockSuggestion | null {
  const parsed = parseAttribute(value);
  const stamp = stampOf(parsed);
  const shape = suggestionSchema.safeParse(parsed);
  return stamp && shape.success ? { stamp: plainStamp(stamp), was: shape.data.was } : null;
}

/** A textblock's shape from its type, its attributes and the wrappers it stands in (outermost first). */
export function shapeOf(
  type: string,
  attrs: Readonly<Record<string, unknown>> | undefined,
  wrappers: readonly string[],
): BlockShape {
  const level = attrs?.level;
  const dir = attrs?.dir;
  return {
    type,
    level: type === 'heading' && typeof level === 'number' ? level : null,
    dir: typeof dir === 'string' ? dir : null,
    list: [...wrappers].reverse().find((wrapper) => LIST_TYPES.includes(wrapper)) ?? null,
    quote: wrappers.includes(QUOTE_TYPE),
  };
}

export function sameShape(a: BlockShape, b: BlockShape): boolean {
  return (
    a.type === b.type && a.level === b.level && a.dir === b.dir && a.list === b.list && a.quote === b.quote
  );
}

/** What the change from `was` to `now` does to a paragraph, in a few words: "Make heading 2, remove from list". */
export function describeShapeChange(was: BlockShape, now: BlockShape): string {
  const words: string[] = [];
  if (was.type !== now.type || was.level !== now.level) {
    words.push(now.type === 'heading' ? `make heading ${now.level ?? ''}`.trim() : 'make normal text');
  }
  if (was.list !== now.list) {
    words.push(listWords(now.list));
  }
  if (was.quote !== now.quote) {
    words.push(now.quote ? 'make quote' : 'remove from quote');
  }
  if (was.dir !== now.dir) {
    words.push(
      now.dir === 'rtl'
        ? 'set right to left'
        : now.dir === 'ltr'
          ? 'set left to right'
          : 'set direction automatic',
    );
  }
  return words.join(', ');
}

function listWords(list: string | null): string {
  if (list === null) {
    return 'remove from list';
  }
  return list === 'orderedList' ? 'make numbered list' : 'make bulleted list';
}
