import type { ProseMirrorJson } from '../letter/prosemirror-json';
import { NOTE_REFERENCE_NODE } from '../notes/notes-doc';
import { BLOCK_SUGGESTION_ATTR, decodeBlockSuggestion, describeShapeChange, shapeOf } from './block-shape';
import { settleShapesInJson } from './json-shapes';
import { groupSuggestions, type PieceKind, type Suggestion, type SuggestionPiece } from './group';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  DELETION_MARK,
  FORMAT_MARK,
  formatChangeOf,
  INLINE_SUGGESTION_ATTR,
  INSERTION_MARK,
  stampOf,
  TEXTBLOCK_TYPES,
  type MarkRecord,
} from './suggestion';

// The body's suggestions read from its ProseMirror JSON, for exports, `cli check` and anything else without an
// editor: the same rules as the editor's accept and reject (src-renderer/suggestions/review.ts).

/** How pending suggestions are published: left out (the agreed text, the default) or taken in. */
export const SUGGESTION_OUTCOMES = ['rejected', 'accepted'] as const;

/** One of {@link SUGGESTION_OUTCOMES}. */
export type SuggestionOutcome = (typeof SUGGESTION_OUTCOMES)[number];

type JsonMark = NonNullable<ProseMirrorJson['marks']>[number];

/** The body as it reads once every pending suggestion is rejected (or accepted): no suggestion is left in it. */
export function resolveSuggestionsInJson(body: ProseMirrorJson, outcome: SuggestionOutcome): ProseMirrorJson {
  const state: { lastTextblock: ProseMirrorJson | null } = { lastTextblock: null };
  const accepted = outcome === 'accepted';
  const doc = settleShapesInJson(body, accepted);

  const resolveInline = (node: ProseMirrorJson): ProseMirrorJson | null => {
    if (node.type === 'text') {
      const marks = node.marks ?? [];
      const inserted = marks.some((mark) => mark.type === INSERTION_MARK);
      const deleted = marks.some((mark) => mark.type === DELETION_MARK);
      if ((inserted && !accepted) || (deleted && accepted)) {
        return null;
      }
      const format = marks.find((mark) => mark.type === FORMAT_MARK);
      const kept = marks.filter((mark) => !isSuggestionMark(mark));
      const resolved = format && !accepted ? revertFormat(kept, format) : kept;
      return withMarks(node, resolved);
    }
    const suggestion = decodeNodeSuggestion(node.attrs?.[INLINE_SUGGESTION_ATTR]);
    if (suggestion && (suggestion.kind === 'insert') !== accepted) {
      return null;
    }
    return withoutAttr(node, INLINE_SUGGESTION_ATTR);
  };

  const resolveBlocks = (children: readonly ProseMirrorJson[]): ProseMirrorJson[] => {
    const out: ProseMirrorJson[] = [];
    for (const child of children) {
      if (TEXTBLOCK_TYPES.includes(child.type)) {
        const breakSuggestion = decodeNodeSuggestion(child.attrs?.[BREAK_SUGGESTION_ATTR]);
        const content = (child.content ?? []).flatMap((inline) => resolveInline(inline) ?? []);
        const joins = breakSuggestion !== null && (breakSuggestion.kind === 'insert') !== accepted;
        const previous = state.lastTextblock;
        if (joins && previous) {
          previous.content = [...(previous.content ?? []), ...content];
          continue;
        }
        // Nothing before it to join: a paragraph left empty goes whole, as in the editor's review.
        if (joins && content.length === 0) {
          continue;
        }
        const block = withoutAttr(child, BREAK_SUGGESTION_ATTR);
        const resolved: ProseMirrorJson = { ...block };
        delete resolved.content;
        if (content.length > 0) {
          resolved.content = content;
        }
        out.push(resolved);
        state.lastTextblock = resolved;
        continue;
      }
      if (!child.content) {
        const inline = resolveInline(child);
        if (inline) {
          out.push(inline);
        }
        continue;
      }
      const content = resolveBlocks(child.content);
      // A list or quote whose every paragraph was joined into the one before it is gone with them.
      if (content.length === 0 && child.content.length > 0) {
        continue;
      }
      out.push({ ...child, content });
    }
    return out;
  };

  const content = resolveBlocks(doc.content ?? []);
  return content.length > 0 ? { ...doc, content } : { ...doc, content: [{ type: 'paragraph' }] };
}

/** The suggestions pending in a body, in reading order. */
export function suggestionsInJson(doc: ProseMirrorJson): Suggestion[] {
  return groupSuggestions(suggestionPiecesInJson(doc));
}

/** Every piece of a suggestion in a body, with positions counted as ProseMirror counts them. */
export function suggestionPiecesInJson(doc: ProseMirrorJson): SuggestionPiece[] {
  const pieces: SuggestionPiece[] = [];
  let position = 0;
  const wrappers: string[] = [];
  const visit = (node: ProseMirrorJson): void => {
    if (node.type === 'text') {
      const text = node.text ?? '';
      for (const mark of node.marks ?? []) {
        const kind = markKind(mark.type);
        const stamp = kind ? stampOf(mark.attrs) : null;
        if (kind && stamp) {
          pieces.push({ stamp, kind, text, from: position, to: position + text.length });
        }
      }
      position += text.length;
      return;
    }
    if (TEXTBLOCK_TYPES.includes(node.type)) {
      const breakSuggestion = decodeNodeSuggestion(node.attrs?.[BREAK_SUGGESTION_ATTR]);
      if (breakSuggestion) {
        const kind: PieceKind = breakSuggestion.kind === 'insert' ? 'break-insert' : 'break-delete';
        pieces.push({ stamp: breakSuggestion.stamp, kind, text: '', from: position, to: position });
      }
      const shape = decodeBlockSuggestion(node.attrs?.[BLOCK_SUGGESTION_ATTR]);
      if (shape) {
        const text = describeShapeChange(shape.was, shapeOf(node.type, node.attrs, wrappers.slice(1)));
        pieces.push({ stamp: shape.stamp, kind: 'block', text, from: position, to: position });
      }
    }
    const isDoc = node.type === 'doc';
    if (!node.content && !isDoc && !TEXTBLOCK_TYPES.includes(node.type)) {
      const suggestion = decodeNodeSuggestion(node.attrs?.[INLINE_SUGGESTION_ATTR]);
      if (suggestion) {
        pieces.push({
          stamp: suggestion.stamp,
          kind: suggestion.kind,
          text: inlineElementText(node.type),
          from: position,
          to: position + 1,
        });
      }
      position += 1;
      return;
    }
    position += isDoc ? 0 : 1;
    wrappers.push(node.type);
    node.content?.forEach(visit);
    wrappers.pop();
    position += isDoc ? 0 : 1;
  };
  visit(doc);
  return pieces;
}

/** How a note reference or a line break reads inside a suggestion's description. */
export function inlineElementText(type: string): string {
  return type === NOTE_REFERENCE_NODE ? '[note]' : type === 'hardBreak' ? ' ' : '';
}

function markKind(type: string): PieceKind | null {
  return type === INSERTION_MARK
    ? 'insert'
    : type === DELETION_MARK
      ? 'delete'
      : type === FORMAT_MARK
        ? 'format'
        : null;
}

function isSuggestionMark(mark: JsonMark): boolean {
  return mark.type === INSERTION_MARK || mark.type === DELETION_MARK || mark.type === FORMAT_MARK;
}

// Rejecting a format change takes off what it added and puts back what it removed.
function revertFormat(marks: JsonMark[], format: JsonMark): JsonMark[] {
  const change = formatChangeOf(format.attrs);
  const kept = marks.filter((mark) => !change.added.some((added) => sameMark(added, mark)));
  for (const removed of change.removed) {
    if (!kept.some((mark) => mark.type === removed.type)) {
      kept.push(removed.attrs ? { type: removed.type, attrs: removed.attrs } : { type: removed.type });
    }
  }
  return kept;
}

function sameMark(record: MarkRecord, mark: JsonMark): boolean {
  return record.type === mark.type;
}

function withMarks(node: ProseMirrorJson, marks: JsonMark[]): ProseMirrorJson {
  const copy: ProseMirrorJson = { ...node };
  if (marks.length > 0) {
    copy.marks = marks;
  } else {
    delete copy.marks;
  }
  return copy;
}

function withoutAttr(node: ProseMirrorJson, attr: string): ProseMirrorJson {
  if (!node.attrs || !(attr in node.attrs)) {
    return node;
  }
  const attrs = { ...node.attrs };
  delete attrs[attr];
  const copy: ProseMirrorJson = { ...node };
  if (Object.keys(attrs).length > 0) {
    copy.attrs = attrs;
  } else {
    delete copy.attrs;
  }
  return copy;
}
