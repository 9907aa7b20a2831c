import type { MarkType, Node as ProseMirrorNode, Slice } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, Mapping, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  encodeNodeSuggestion,
  INLINE_SUGGESTION_ATTR,
  type SuggestionStamp,
} from '../../src-common/suggestions/suggestion';
import { suggestBlockShapes } from './block-shapes';
import { suggestFormat } from './suggest-format-step';
import {
  isOwn,
  isSuggestionMark,
  newStamp,
  ownStampAt,
  suggestionTypes,
  type SuggestContext,
  type SuggestionTypes,
} from './suggestion-stamps';

export type { SuggestContext } from './suggestion-stamps';

// Suggesting mode: a transaction that would change the text is rewritten into one that suggests the change.
// Inserted content is kept and stamped with the insertion mark; deleted content stays, stamped with the deletion mark
// (only this person's own suggested insertions are really removed, as in Google Docs); a paragraph break added or
// removed is stamped on the paragraph after it; added or removed formatting is applied and recorded with the format
// mark. The approach follows @handlewithcare/prosemirror-suggest-changes (README: "Suggested edits").

/**
 * The transaction that suggests what `original` would have done to `state`. Changes of a paragraph's shape (lists,
 * quotes, headings, direction) are applied and recorded on the paragraph with its shape before (block-shapes.ts).
 */
export function suggestTransaction(
  original: Transaction,
  state: EditorState,
  context: SuggestContext,
): Transaction {
  const types = suggestionTypes(state.schema);
  if (!types) {
    return original;
  }
  const tr = state.tr;
  const placed: { cursor: number | null } = { cursor: null };
  original.steps.forEach((step, index) => {
    const mapping = rebaseMapping(original, index, tr);
    if (step instanceof ReplaceStep) {
      suggestReplace(tr, step, mapping, {
        types,
        context,
        placed,
        backward: index === 0 && state.selection.empty && state.selection.head === step.to,
        firstStep: index === 0 && state.selection.empty,
      });
      return;
    }
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      if (!isSuggestionMark(step.mark)) {
        suggestFormat(tr, step, mapping, types, context);
        return;
      }
    }
    const rebased = step.map(mapping);
    if (rebased) {
      tr.maybeStep(rebased);
    }
  });
  suggestBlockShapes(tr, state.doc, original, context);
  finishSelection(tr, original, placed.cursor);
  if (original.storedMarksSet) {
    tr.setStoredMarks(original.storedMarks);
  }
  if (original.scrolledIntoView) {
    tr.scrollIntoView();
  }
  copyMeta(original, tr);
  return tr;
}

// Maps positions in the document the original step `index` applied to onto the suggesting transaction's document.
function rebaseMapping(original: Transaction, index: number, tr: Transaction): Mapping {
  const mapping = new Mapping();
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    const step = original.steps[previous];
    if (step) {
      mapping.appendMap(step.getMap().invert());
    }
  }
  mapping.appendMapping(tr.mapping);
  return mapping;
}

interface ReplaceOptions {
  types: SuggestionTypes;
  context: SuggestContext;
  placed: { cursor: number | null };
  backward: boolean;
  firstStep: boolean;
}

function suggestReplace(tr: Transaction, step: ReplaceStep, mapping: Mapping, options: ReplaceOptions): void {
  const { types, context } = options;
  const from = mapping.map(step.from, 1);
  const to = Math.max(from, mapping.map(step.to, -1));
  const authorId = context.author.authorId;
  let stamp: SuggestionStamp | null = null;
  // A suggestion this person is extending keeps its stamp whole, so its runs stay one mark in the shared text.
  const stampFor = (doc: ProseMirrorNode, positions: number[]): SuggestionStamp => {
    stamp ??=
      positions.map((position) => ownStampAt(doc, position, authorId)).find((found) => found !== null) ??
      newStamp(context);
    return stamp;
  };
  let insertAt = to;
  if (from < to) {
    const before = tr.mapping.maps.length;
    markDeleted(tr, from, to, stampFor(tr.doc, [from, to]), types);
    const after = tr.mapping.slice(before);
    insertAt = after.map(to, 1);
    // A lone Backspace leaves the caret before what it marked, so the next one marks the letter before; Delete, or
    // deleting a selection, leaves it after, where typing on makes the deletion a replacement.
    options.placed.cursor = options.firstStep && options.backward ? after.map(from, -1) : insertAt;
  }
  const slice = step.slice;
  if (slice.content.size === 0 || (from < to && isStructureFiller(slice))) {
    return;
  }
  insertAt = pastDeletedRun(tr.doc, insertAt, types.deletion);
  const insertionStamp = stampFor(tr.doc, [insertAt]);
  const stepsBefore = tr.steps.length;
  tr.replace(insertAt, insertAt, slice);
  const insertStep = tr.steps[tr.steps.length - 1];
  if (tr.steps.length === stepsBefore || !insertStep) {
    return;
  }
  const map = insertStep.getMap();
  const start = map.map(insertAt, -1);
  const end = map.map(insertAt, 1);
  markInserted(tr, start, end, insertionStamp, types);
  options.placed.cursor = end;
}

// A replacement that only keeps the document valid (an empty paragraph left by deleting everything) adds nothing.
function isStructureFiller(slice: Slice): boolean {
  if (slice.openStart > 0 || slice.openEnd > 0) {
    return false;
  }
  let inline = false;
  slice.content.descendants((node) => {
    inline ||= node.isInline;
    return !inline;
  });
  return !inline;
}

/**
 * Marks `from`–`to` as suggested for deletion: text gets the deletion mark, elements and paragraph breaks the
 * attribute; what this person suggested inserting themselves is removed for real.
 */
function markDeleted(
  tr: Transaction,
  from: number,
  to: number,
  stamp: SuggestionStamp,
  types: SuggestionTypes,
): void {
  const doc = tr.doc;
  const authorId = stamp.authorId;
  const removals: { from: number; to: number }[] = [];
  // Where the paragraph before the range ends: looked up only when the range takes a paragraph break, so a
  // Backspace inside a paragraph reads nothing outside it.
  let previousTextblockEnd: number | null | undefined;
  doc.nodesBetween(from, to, (node, position) => {
    if (node.isText) {
      const start = Math.max(position, from);
      const end = Math.min(position + node.nodeSize, to);
      if (isOwn(types.insertion.isInSet(node.marks), authorId)) {
        removals.push({ from: start, to: end });
      } else if (!types.deletion.isInSet(node.marks)) {
        tr.addMark(start, end, types.deletion.create(stamp));
      }
      return false;
    }
    if (node.isInline) {
      if (position < from || position + node.nodeSize > to) {
        return false;
      }
      const suggestion = decodeNodeSuggestion(node.attrs[INLINE_SUGGESTION_ATTR]);
      if (suggestion?.kind === 'insert' && suggestion.stamp.authorId === authorId) {
        removals.push({ from: position, to: position + node.nodeSize });
      } else if (suggestion?.kind !== 'delete' && INLINE_SUGGESTION_ATTR in node.attrs) {
        tr.setNodeAttribute(position, INLINE_SUGGESTION_ATTR, encodeNodeSuggestion('delete', stamp));
      }
      return false;
    }
    if (node.isTextblock) {
      const coversBreak = from <= position && position + 1 <= to;
      if (coversBreak && previousTextblockEnd === undefined) {
        previousTextblockEnd = textblockEndBefore(doc, position);
      }
      if (coversBreak && BREAK_SUGGESTION_ATTR in node.attrs && typeof previousTextblockEnd === 'number') {
        const suggestion = decodeNodeSuggestion(node.attrs[BREAK_SUGGESTION_ATTR]);
        if (suggestion?.kind === 'insert' && suggestion.stamp.authorId === authorId) {
          removals.push({ from: previousTextblockEnd, to: position + 1 });
        } else if (suggestion?.kind !== 'delete') {
          tr.setNodeAttribute(position, BREAK_SUGGESTION_ATTR, encodeNodeSuggestion('delete', stamp));
        }
      }
      previousTextblockEnd = position + node.nodeSize - 1;
      return true;
    }
    return true;
  });
  deleteRanges(tr, removals);
}

/** Deletes ranges of the current document, last first so that the earlier ones stay where they were. */
export function deleteRanges(tr: Transaction, ranges: readonly { from: number; to: number }[]): void {
  const sorted = [...ranges].sort((a, b) => b.from - a.from);
  let limit = Number.POSITIVE_INFINITY;
  for (const range of sorted) {
    const to = Math.min(range.to, limit);
    if (to > range.from) {
      tr.delete(range.from, to);
    }
    limit = range.from;
  }
}

/** Where the last paragraph or heading before a position ends (inside it), or null when there is none. */
export function textblockEndBefore(doc: ProseMirrorNode, position: number): number | null {
  let end: number | null = null;
  doc.nodesBetween(0, Math.max(0, position), (node, start) => {
    if (node.isTextblock) {
      if (start + node.nodeSize <= position) {
        end = start + node.nodeSize - 1;
      }
      return false;
    }
    return true;
  });
  return end;
}

// Typing inside text suggested for deletion goes after it, as in Google Docs: the deletion stays whole.
function pastDeletedRun(doc: ProseMirrorNode, position: number, deletion: MarkType): number {
  let $position = doc.resolve(position);
  let current = position;
  if (!$position.nodeBefore || !deletion.isInSet($position.nodeBefore.marks)) {
    return position;
  }
  while ($position.nodeAfter && deletion.isInSet($position.nodeAfter.marks)) {
    current += $position.nodeAfter.nodeSize;
    $position = doc.resolve(current);
  }
  return current;
}

/** Stamps `start`–`end`, just inserted, as this person's suggested insertion. */
function markInserted(
  tr: Transaction,
  start: number,
  end: number,
  stamp: SuggestionStamp,
  types: SuggestionTypes,
): void {
  const doc = tr.doc;
  // The paragraph before each new one, known from the walk itself after the first.
  let previousTextblockEnd: number | null | undefined;
  doc.nodesBetween(start, end, (node, position) => {
    if (node.isText) {
      const from = Math.max(position, start);
      const to = Math.min(position + node.nodeSize, end);
      tr.removeMark(from, to, types.deletion);
      tr.removeMark(from, to, types.format);
      tr.addMark(from, to, types.insertion.create(stamp));
      return false;
    }
    if (node.isInline) {
      if (position >= start && INLINE_SUGGESTION_ATTR in node.attrs) {
        tr.setNodeAttribute(position, INLINE_SUGGESTION_ATTR, encodeNodeSuggestion('insert', stamp));
      }
      return false;
    }
    if (node.isTextblock && position >= start && position < end && BREAK_SUGGESTION_ATTR in node.attrs) {
      previousTextblockEnd ??= textblockEndBefore(doc, position);
      if (previousTextblockEnd !== null) {
        tr.setNodeAttribute(position, BREAK_SUGGESTION_ATTR, encodeNodeSuggestion('insert', stamp));
      } else if (node.attrs[BREAK_SUGGESTION_ATTR] !== null) {
        tr.setNodeAttribute(position, BREAK_SUGGESTION_ATTR, null);
      }
    }
    if (node.isTextblock) {
      previousTextblockEnd = position + node.nodeSize - 1;
    }
    return true;
  });
}

function finishSelection(tr: Transaction, original: Transaction, cursor: number | null): void {
  if (cursor !== null && original.selection.empty) {
    const position = Math.min(Math.max(cursor, 0), tr.doc.content.size);
    tr.setSelection(TextSelection.near(tr.doc.resolve(position)));
    return;
  }
  if (!original.selectionSet) {
    return;
  }
  const base = original.docs[0];
  const back = original.mapping.invert();
  const selection = base ? original.selection.map(base, back) : original.selection;
  tr.setSelection(selection.map(tr.doc, tr.mapping));
}

// Other plugins read a transaction's meta (the collaboration binding, input rules, paste): the rewritten one keeps it.
function copyMeta(original: Transaction, tr: Transaction): void {
  const meta: unknown = Reflect.get(original, 'meta');
  if (typeof meta === 'object' && meta !== null) {
    for (const [key, value] of Object.entries(meta)) {
      tr.setMeta(key, value);
    }
  }
  tr.setTime(original.time);
}
