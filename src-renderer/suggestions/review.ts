import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  formatChangeOf,
  INLINE_SUGGESTION_ATTR,
  stampOf,
  type SuggestionStamp,
} from '../../src-common/suggestions/suggestion';
import {
  BLOCK_SUGGESTION_ATTR,
  decodeBlockSuggestion,
  type BlockShape,
} from '../../src-common/suggestions/block-shape';
import { restoreShape } from './restore-shape';
import { deleteRanges } from './suggest-transaction';
import { suggestionTypes } from './suggestion-stamps';

/** What a person decides about a suggestion. */
export type Decision = 'accept' | 'reject';

/** Which suggestions a decision is about. */
export type SuggestionFilter = (stamp: SuggestionStamp) => boolean;

/**
 * Adds to `tr` the steps that accept or reject every suggestion the filter picks: accepting keeps insertions and
 * removes what was suggested for deletion; rejecting does the opposite and puts back the old formatting. The same
 * rules as exports' `resolveSuggestionsInJson` (src-common/suggestions/json-suggestions.ts). Returns how many pieces
 * it settled.
 */
export function reviewSuggestions(tr: Transaction, decision: Decision, filter: SuggestionFilter): number {
  const types = suggestionTypes(tr.doc.type.schema);
  if (!types) {
    return 0;
  }
  const accept = decision === 'accept';
  const doc = tr.doc;
  const removals: { from: number; to: number }[] = [];
  const emptied: { from: number; to: number }[] = [];
  const reshaped: { inside: number; was: BlockShape }[] = [];
  let settled = 0;
  let previousTextblockEnd: number | null = null;
  const picked = (mark: Mark | undefined): Mark | undefined => {
    const stamp = mark ? stampOf(mark.attrs) : null;
    return mark && stamp && filter(stamp) ? mark : undefined;
  };
  doc.descendants((node, position) => {
    if (node.isText) {
      const end = position + node.nodeSize;
      const insertion = picked(types.insertion.isInSet(node.marks));
      const deletion = picked(types.deletion.isInSet(node.marks));
      const format = picked(types.format.isInSet(node.marks));
      if (insertion) {
        settled += 1;
        if (accept) {
          tr.removeMark(position, end, insertion);
        } else {
          removals.push({ from: position, to: end });
        }
      }
      if (deletion) {
        settled += 1;
        if (accept) {
          removals.push({ from: position, to: end });
        } else {
          tr.removeMark(position, end, deletion);
        }
      }
      if (format) {
        settled += 1;
        if (!accept) {
          revertFormat(tr, node, position, format);
        }
        tr.removeMark(position, end, format);
      }
      return false;
    }
    if (node.isInline) {
      const suggestion = decodeNodeSuggestion(node.attrs[INLINE_SUGGESTION_ATTR]);
      if (suggestion && filter(suggestion.stamp)) {
        settled += 1;
        if ((suggestion.kind === 'insert') === accept) {
          tr.setNodeAttribute(position, INLINE_SUGGESTION_ATTR, null);
        } else {
          removals.push({ from: position, to: position + node.nodeSize });
        }
      }
      return false;
    }
    if (node.isTextblock) {
      const shape = decodeBlockSuggestion(node.attrs[BLOCK_SUGGESTION_ATTR]);
      if (shape && filter(shape.stamp)) {
        settled += 1;
        tr.setNodeAttribute(position, BLOCK_SUGGESTION_ATTR, null);
        if (!accept) {
          reshaped.push({ inside: position + 1, was: shape.was });
        }
      }
      const suggestion = decodeNodeSuggestion(node.attrs[BREAK_SUGGESTION_ATTR]);
      if (suggestion && filter(suggestion.stamp)) {
        settled += 1;
        tr.setNodeAttribute(position, BREAK_SUGGESTION_ATTR, null);
        const breakGoes = (suggestion.kind === 'insert') !== accept;
        if (breakGoes && previousTextblockEnd !== null) {
          // The break goes: this paragraph joins the one before it.
          removals.push({ from: previousTextblockEnd, to: position + 1 });
        } else if (breakGoes && leftEmpty(node, accept, filter)) {
          // Nothing before it to join: a paragraph the decision empties goes whole (a heading added at the top).
          emptied.push({ from: position, to: position + node.nodeSize });
          return false;
        }
      }
      previousTextblockEnd = position + node.nodeSize - 1;
      return true;
    }
    return true;
  });
  const firstStep = tr.steps.length;
  deleteRanges(tr, removals);
  for (const block of emptied.reverse()) {
    const mapping = tr.mapping.slice(firstStep);
    tr.deleteRange(mapping.map(block.from, 1), mapping.map(block.to, -1));
  }
  // From the end back, so that lifting or wrapping one paragraph does not move the ones still to do.
  for (const block of reshaped.reverse()) {
    const mapped = tr.mapping.slice(firstStep).mapResult(block.inside);
    if (!mapped.deleted) {
      restoreShape(tr, mapped.pos, block.was);
    }
  }
  return settled;
}

// Whether settling leaves a paragraph with nothing in it: every piece of it goes.
function leftEmpty(node: ProseMirrorNode, accept: boolean, filter: SuggestionFilter): boolean {
  const types = suggestionTypes(node.type.schema);
  let empty = true;
  node.forEach((child) => {
    const marks = types && child.isText ? child.marks : [];
    const mark = marks.find((candidate) => candidate.type === (accept ? types?.deletion : types?.insertion));
    const markStamp = mark ? stampOf(mark.attrs) : null;
    const element = child.isText ? null : decodeNodeSuggestion(child.attrs[INLINE_SUGGESTION_ATTR]);
    const goes =
      (markStamp !== null && filter(markStamp)) ||
      (element !== null && filter(element.stamp) && (element.kind === 'insert') !== accept);
    empty = empty && goes;
  });
  return empty;
}

// Rejecting a format change takes off what it added and puts back what it removed.
function revertFormat(tr: Transaction, node: ProseMirrorNode, position: number, format: Mark): void {
  const schema = node.type.schema;
  const end = position + node.nodeSize;
  const change = formatChangeOf(format.attrs);
  for (const added of change.added) {
    const type = schema.marks[added.type];
    if (type) {
      tr.removeMark(position, end, type);
    }
  }
  for (const removed of change.removed) {
    try {
      tr.addMark(position, end, schema.markFromJSON(removed));
    } catch {
      // A mark this editor no longer knows cannot be put back; the rest of the reject still applies.
    }
  }
}

/** Picks the suggestion with this id. */
export function byId(id: string): SuggestionFilter {
  return (stamp) => stamp.id === id;
}

/** Picks every suggestion, or every one by an author. */
export function byAuthor(authorId: string | null): SuggestionFilter {
  return (stamp) => authorId === null || stamp.authorId === authorId;
}
