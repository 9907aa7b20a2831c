import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  groupSuggestions,
  type PieceKind,
  type Suggestion,
  type SuggestionPiece,
} from '../../src-common/suggestions/group';
import { inlineElementText } from '../../src-common/suggestions/json-suggestions';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  DELETION_MARK,
  FORMAT_MARK,
  INLINE_SUGGESTION_ATTR,
  INSERTION_MARK,
  stampOf,
} from '../../src-common/suggestions/suggestion';
import {
  BLOCK_SUGGESTION_ATTR,
  decodeBlockSuggestion,
  describeShapeChange,
  shapeOf,
} from '../../src-common/suggestions/block-shape';

// The pieces of each top-level block, relative to its start, cached by the block node: ProseMirror keeps unchanged
// blocks as the same objects, so after a keystroke only the block typed in is read again.
const cache = new WeakMap<ProseMirrorNode, SuggestionPiece[]>();

/** The suggestions in the editor's document, in reading order. */
export function suggestionsIn(doc: ProseMirrorNode): Suggestion[] {
  return groupSuggestions(suggestionPiecesIn(doc));
}

/** Every piece of a suggestion in the document, with ProseMirror positions. */
export function suggestionPiecesIn(doc: ProseMirrorNode): SuggestionPiece[] {
  const pieces: SuggestionPiece[] = [];
  doc.forEach((block, offset) => {
    let relative = cache.get(block);
    if (!relative) {
      relative = blockPieces(block);
      cache.set(block, relative);
    }
    for (const piece of relative) {
      pieces.push({ ...piece, from: piece.from + offset, to: piece.to + offset });
    }
  });
  return pieces;
}

function blockPieces(block: ProseMirrorNode): SuggestionPiece[] {
  const pieces: SuggestionPiece[] = [];
  const visit = (node: ProseMirrorNode, position: number, wrappers: readonly string[]): void => {
    if (node.isText) {
      for (const mark of node.marks) {
        const kind = markKind(mark.type.name);
        const stamp = kind ? stampOf(mark.attrs) : null;
        if (kind && stamp) {
          pieces.push({ stamp, kind, text: node.text ?? '', from: position, to: position + node.nodeSize });
        }
      }
      return;
    }
    if (node.isInline) {
      const suggestion = decodeNodeSuggestion(node.attrs[INLINE_SUGGESTION_ATTR]);
      if (suggestion) {
        pieces.push({
          stamp: suggestion.stamp,
          kind: suggestion.kind,
          text: inlineElementText(node.type.name),
          from: position,
          to: position + node.nodeSize,
        });
      }
      return;
    }
    if (node.isTextblock) {
      const suggestion = decodeNodeSuggestion(node.attrs[BREAK_SUGGESTION_ATTR]);
      if (suggestion) {
        const kind: PieceKind = suggestion.kind === 'insert' ? 'break-insert' : 'break-delete';
        pieces.push({ stamp: suggestion.stamp, kind, text: '', from: position, to: position + 1 });
      }
      const shape = decodeBlockSuggestion(node.attrs[BLOCK_SUGGESTION_ATTR]);
      if (shape) {
        const text = describeShapeChange(shape.was, shapeOf(node.type.name, node.attrs, wrappers));
        pieces.push({
          stamp: shape.stamp,
          kind: 'block',
          text,
          from: position,
          to: position + node.nodeSize,
        });
      }
    }
    const inner = node.isTextblock ? wrappers : [...wrappers, node.type.name];
    node.forEach((child, offset) => visit(child, position + 1 + offset, inner));
  };
  visit(block, 0, []);
  return pieces;
}

function markKind(name: string): PieceKind | null {
  return name === INSERTION_MARK
    ? 'insert'
    : name === DELETION_MARK
      ? 'delete'
      : name === FORMAT_MARK
        ? 'format'
        : null;
}
