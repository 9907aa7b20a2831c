import type { Mark, MarkType, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import {
  decodeNodeSuggestion,
  DELETION_MARK,
  FORMAT_MARK,
  INLINE_SUGGESTION_ATTR,
  INSERTION_MARK,
  plainStamp,
  stampOf,
  type SuggestionAuthor,
  type SuggestionStamp,
} from '../../src-common/suggestions/suggestion';

// Who suggests, and the stamps (author, id, time) suggestions carry: shared by the rewriting of typing and of
// formatting in Suggesting mode, and by the review of suggestions.

/** Who is suggesting, and how new suggestions get their ids and times. */
export interface SuggestContext {
  author: SuggestionAuthor;
  newId(): string;
  now(): string;
}

/** The marks of suggestions, by role, in a schema that has them. */
export interface SuggestionTypes {
  insertion: MarkType;
  deletion: MarkType;
  format: MarkType;
}

/** The suggestion mark types of a schema, or null when it has none. */
export function suggestionTypes(schema: Schema): SuggestionTypes | null {
  const insertion = schema.marks[INSERTION_MARK];
  const deletion = schema.marks[DELETION_MARK];
  const format = schema.marks[FORMAT_MARK];
  return insertion && deletion && format ? { insertion, deletion, format } : null;
}

/** Whether a mark is one of the suggestion marks. */
export function isSuggestionMark(mark: Mark): boolean {
  const name = mark.type.name;
  return name === INSERTION_MARK || name === DELETION_MARK || name === FORMAT_MARK;
}

/** A new suggestion's stamp. */
export function newStamp(context: SuggestContext): SuggestionStamp {
  return { ...context.author, id: context.newId(), time: context.now() };
}

/** The stamp of this person's own suggestion touching a position, so typing on extends that suggestion. */
export function ownStampAt(doc: ProseMirrorNode, position: number, authorId: string): SuggestionStamp | null {
  const $position = doc.resolve(Math.min(Math.max(position, 0), doc.content.size));
  for (const node of [$position.nodeBefore, $position.nodeAfter]) {
    if (!node) {
      continue;
    }
    for (const mark of node.marks) {
      const stamp = mark.type.name === FORMAT_MARK ? null : stampOfMark(mark);
      if (stamp && stamp.authorId === authorId) {
        return plainStamp(stamp);
      }
    }
    const inline = decodeNodeSuggestion(node.attrs[INLINE_SUGGESTION_ATTR]);
    if (inline && inline.stamp.authorId === authorId) {
      return inline.stamp;
    }
  }
  return null;
}

export function stampOfMark(mark: Mark): SuggestionStamp | null {
  return isSuggestionMark(mark) ? stampOf(mark.attrs) : null;
}

export function isOwn(mark: Mark | undefined, authorId: string): boolean {
  return mark !== undefined && stampOf(mark.attrs)?.authorId === authorId;
}
