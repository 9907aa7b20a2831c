import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AttrStep, ReplaceAroundStep } from '@tiptap/pm/transform';
import {
  BLOCK_SUGGESTION_ATTR,
  decodeBlockSuggestion,
  encodeBlockSuggestion,
  sameShape,
  shapeOf,
  type BlockShape,
} from '../../src-common/suggestions/block-shape';
import { BREAK_SUGGESTION_ATTR, type SuggestionStamp } from '../../src-common/suggestions/suggestion';
import { newStamp, type SuggestContext } from './suggestion-stamps';

// Suggesting mode: a change of a paragraph's shape (heading, list, quote, direction) is applied at once and recorded
// on the paragraph with the shape it had before, as suggested formatting is recorded on text.

/** The shape of the textblock a position inside it belongs to. */
export function shapeAt($inside: ResolvedPos): BlockShape {
  const wrappers: string[] = [];
  for (let depth = 1; depth < $inside.depth; depth += 1) {
    wrappers.push($inside.node(depth).type.name);
  }
  return shapeOf($inside.parent.type.name, $inside.parent.attrs, wrappers);
}

/**
 * Records on each paragraph whose shape `original` changed (now applied in `tr`) the suggestion of that change, or
 * takes the record off when the paragraph is back to the shape it had before any suggestion.
 */
export function suggestBlockShapes(
  tr: Transaction,
  before: ProseMirrorNode,
  original: Transaction,
  context: SuggestContext,
): void {
  const range = reshapedRange(original);
  if (!range) {
    return;
  }
  let stamp: SuggestionStamp | null = null;
  const stampFor = (existing: SuggestionStamp | undefined): SuggestionStamp =>
    existing?.authorId === context.author.authorId ? existing : (stamp ??= newStamp(context));
  before.nodesBetween(range.from, range.to, (node, position) => {
    if (!node.isTextblock) {
      return true;
    }
    const mapped = tr.mapping.mapResult(position + 1, 1);
    const $now = tr.doc.resolve(mapped.pos);
    if (mapped.deleted || !$now.parent.isTextblock || !(BLOCK_SUGGESTION_ATTR in $now.parent.attrs)) {
      return false;
    }
    const existing = decodeBlockSuggestion(node.attrs[BLOCK_SUGGESTION_ATTR]);
    const was = existing?.was ?? shapeAt(before.resolve(position + 1));
    const value = sameShape(was, shapeAt($now))
      ? null
      : encodeBlockSuggestion(stampFor(existing?.stamp), was);
    const target = $now.before();
    if ($now.parent.attrs[BLOCK_SUGGESTION_ATTR] !== value) {
      tr.setNodeAttribute(target, BLOCK_SUGGESTION_ATTR, value);
    }
    // Turning a paragraph into a heading makes a new node: a suggested break before it must stay on it.
    const suggestedBreak: unknown = node.attrs[BREAK_SUGGESTION_ATTR];
    if (suggestedBreak && $now.parent.attrs[BREAK_SUGGESTION_ATTR] !== suggestedBreak) {
      tr.setNodeAttribute(target, BREAK_SUGGESTION_ATTR, suggestedBreak);
    }
    return false;
  });
}

/** Where, in the document `original` started from, its steps that change shape rather than text or marks apply. */
function reshapedRange(original: Transaction): { from: number; to: number } | null {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  original.steps.forEach((step, index) => {
    const doc = original.docs[index];
    const span =
      step instanceof ReplaceAroundStep
        ? { from: step.from, to: step.to }
        : step instanceof AttrStep && doc
          ? { from: step.pos, to: step.pos + (doc.nodeAt(step.pos)?.nodeSize ?? 1) }
          : null;
    if (!span) {
      return;
    }
    const back = original.mapping.slice(0, index).invert();
    from = Math.min(from, back.map(span.from, -1));
    to = Math.max(to, back.map(span.to, 1));
  });
  return from <= to ? { from, to } : null;
}
