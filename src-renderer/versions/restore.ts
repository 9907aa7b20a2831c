import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { planRestore, type BlockReplacement } from '../../src-common/versions/compare';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { endUndoStep } from '../editor/extensions/undo-boundaries';

/**
 * Brings the letter back to a version by replacing only the blocks that differ, as new edits through the editor:
 * a co-editor's edit to any other block survives, and one Undo takes the whole restore back.
 * Returns how many runs of blocks were replaced.
 */
export function restoreVersion(editor: Editor, current: ProseMirrorJson, version: ProseMirrorJson): number {
  return replaceDifferingBlocks(editor, current, version, () => undefined);
}

/**
 * Makes the letter read `target` by replacing only the runs of blocks that differ from `current`, in one
 * transaction that is one undo step; `prepare` marks the transaction (e.g. to pass Suggesting mode unchanged).
 * Returns how many runs were replaced.
 */
export function replaceDifferingBlocks(
  editor: Editor,
  current: ProseMirrorJson,
  target: ProseMirrorJson,
  prepare: (tr: Transaction) => void,
): number {
  const plan = planRestore(current, target);
  if (plan.length === 0) {
    return 0;
  }
  endUndoStep(editor);
  editor.commands.command(({ tr }) => {
    prepare(tr);
    applyPlan(tr, plan);
    return true;
  });
  endUndoStep(editor);
  return plan.length;
}

/** Applies block replacements, last first as {@link planRestore} orders them, to a transaction. */
export function applyPlan(tr: Transaction, plan: readonly BlockReplacement[]): void {
  const schema = tr.doc.type.schema;
  for (const step of plan) {
    const from = blockStart(tr.doc, step.from);
    const to = blockStart(tr.doc, step.to);
    const blocks = step.blocks.map((block) => schema.nodeFromJSON(block));
    const emptiesDocument = blocks.length === 0 && step.from === 0 && step.to === tr.doc.childCount;
    const paragraph = schema.nodes.paragraph;
    tr.replaceWith(from, to, emptiesDocument && paragraph ? [paragraph.create()] : blocks);
  }
}

function blockStart(doc: ProseMirrorNode, index: number): number {
  let position = 0;
  for (let child = 0; child < index && child < doc.childCount; child += 1) {
    position += doc.child(child).nodeSize;
  }
  return position;
}
