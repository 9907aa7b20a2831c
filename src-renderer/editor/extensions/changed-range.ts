import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Mapping, ReplaceStep, StepMap } from '@tiptap/pm/transform';

/**
 * The one stretch in which two documents differ: `from` is where they start to differ (the same in both), `toOld`
 * and `toNew` where the difference ends in each. `mapping` moves a position of the old document past the stretch.
 */
export interface ChangedRange {
  from: number;
  toOld: number;
  toNew: number;
  mapping: Mapping;
}

/**
 * Where `after` differs from `before`, found by comparing their nodes: ProseMirror keeps every unchanged node as the
 * same object from one state to the next (and the collaboration binding does too for a co-editor's change, which
 * it applies as one step replacing the whole document), so the comparison skips them by identity and reads only
 * the paragraph a keystroke touched. Null when the documents are equal.
 *
 * Plugins that derive something from the document (decorations, numbers) recompute only this stretch and map the
 * rest, instead of walking the whole letter on every keystroke.
 */
export function changedRange(before: ProseMirrorNode, after: ProseMirrorNode): ChangedRange | null {
  if (before === after) {
    return null;
  }
  const start = before.content.findDiffStart(after.content);
  if (start === null) {
    return null;
  }
  const end = after.content.findDiffEnd(before.content) ?? { a: after.content.size, b: before.content.size };
  // findDiffEnd's `a` is in `after`, `b` in `before`. When the change repeats what surrounds it ("aa" for "a"), the
  // end found from the back can lie before the start found from the front: widen it so the stretch is never negative.
  const overlap = Math.max(0, start - Math.min(end.a, end.b));
  const toNew = end.a + overlap;
  const toOld = end.b + overlap;
  return {
    from: start,
    toOld,
    toNew,
    mapping: new Mapping([new StepMap([start, toOld - start, toNew - start])]),
  };
}

const ofTransaction = new WeakMap<Transaction, ChangedRange | null>();

// A replaced stretch no longer than this is taken as it is; a longer one (a co-editor's change arrives as the whole
// document replaced) is narrowed down by comparing the documents.
const NARROW_ABOVE = 2_000;

/**
 * Where a transaction changed its document, computed once however many plugins ask. A keystroke is one replace
 * step, whose own range says where it changed the text; anything else is compared node by node.
 */
export function changedRangeOf(tr: Transaction): ChangedRange | null {
  if (ofTransaction.has(tr)) {
    return ofTransaction.get(tr) ?? null;
  }
  const range = rangeOfOneStep(tr) ?? changedRange(tr.before, tr.doc);
  ofTransaction.set(tr, range);
  return range;
}

function rangeOfOneStep(tr: Transaction): ChangedRange | null {
  const [step] = tr.steps;
  const [map] = tr.mapping.maps;
  if (tr.steps.length !== 1 || !(step instanceof ReplaceStep) || !map) {
    return null;
  }
  const ranges: ChangedRange[] = [];
  map.forEach((oldStart, oldEnd, _newStart, newEnd) => {
    ranges.push({ from: oldStart, toOld: oldEnd, toNew: newEnd, mapping: new Mapping([map]) });
  });
  const [range] = ranges;
  if (ranges.length !== 1 || !range || range.toOld - range.from > NARROW_ABOVE) {
    return null;
  }
  return range;
}

/**
 * The text blocks of `doc` that overlap `from`–`to`, with their positions: what a plugin reading paragraph by
 * paragraph must read again.
 */
export function textblocksBetween(
  doc: ProseMirrorNode,
  from: number,
  to: number,
): { node: ProseMirrorNode; position: number }[] {
  const blocks: { node: ProseMirrorNode; position: number }[] = [];
  doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node, position) => {
    if (node.isTextblock) {
      blocks.push({ node, position });
      return false;
    }
    return true;
  });
  return blocks;
}
