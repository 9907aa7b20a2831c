import { Extension } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Moves the paragraph (or list, quote…) holding the cursor one block up (-1) or down (1) within `tr`; false at an
 * edge. With `dryRun` it only says whether it could.
 */
export function moveBlock(tr: Transaction, direction: -1 | 1, dryRun = false): boolean {
  const { $from } = tr.selection;
  if ($from.depth < 1) {
    return false;
  }
  const index = $from.index(0);
  const neighbourIndex = index + direction;
  if (neighbourIndex < 0 || neighbourIndex >= tr.doc.childCount) {
    return false;
  }
  if (dryRun) {
    return true;
  }
  const block = tr.doc.child(index);
  const neighbour = tr.doc.child(neighbourIndex);
  const start = $from.before(1);
  const offsetInBlock = tr.selection.from - start;
  tr.delete(start, start + block.nodeSize);
  const target = direction === -1 ? start - neighbour.nodeSize : start + neighbour.nodeSize;
  tr.insert(target, block);
  tr.setSelection(TextSelection.create(tr.doc, target + offsetInBlock));
  tr.scrollIntoView();
  return true;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    moveBlock: {
      /** Moves the paragraph (or list, quote…) holding the cursor one block up (-1) or down (1). */
      moveBlock: (direction: -1 | 1) => ReturnType;
    };
  }
}

/** Alt+Shift+↑ / ↓ move the current paragraph up or down, as in Word. */
export const MoveBlock = Extension.create({
  name: 'moveBlock',
  addCommands() {
    return {
      moveBlock:
        (direction) =>
        ({ tr, dispatch }) =>
          moveBlock(tr, direction, !dispatch),
    };
  },
  addKeyboardShortcuts() {
    return {
      'Alt-Shift-ArrowUp': () => this.editor.commands.moveBlock(-1),
      'Alt-Shift-ArrowDown': () => this.editor.commands.moveBlock(1),
    };
  },
});
