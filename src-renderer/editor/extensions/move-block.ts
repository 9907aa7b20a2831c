import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/** Moves the paragraph (or list, quote…) holding the cursor one block up (-1) or down (1); false at an edge. */
export function moveBlock(
  state: EditorState,
  dispatch: ((tr: Transaction) => void) | undefined,
  direction: -1 | 1,
): boolean {
  const { $from } = state.selection;
  if ($from.depth < 1) {
    return false;
  }
  const index = $from.index(0);
  const neighbourIndex = index + direction;
  if (neighbourIndex < 0 || neighbourIndex >= state.doc.childCount) {
    return false;
  }
  const block = state.doc.child(index);
  const neighbour = state.doc.child(neighbourIndex);
  const start = $from.before(1);
  const offsetInBlock = state.selection.from - start;
  if (!dispatch) {
    return true;
  }
  const tr = state.tr.delete(start, start + block.nodeSize);
  const target = direction === -1 ? start - neighbour.nodeSize : start + neighbour.nodeSize;
  tr.insert(target, block);
  tr.setSelection(TextSelection.create(tr.doc, target + offsetInBlock));
  dispatch(tr.scrollIntoView());
  return true;
}

/** Alt+Shift+↑ / ↓ move the current paragraph up or down, as in Word. */
export const MoveBlock = Extension.create({
  name: 'moveBlock',
  addKeyboardShortcuts() {
    return {
      'Alt-Shift-ArrowUp': () => moveBlock(this.editor.state, this.editor.view.dispatch, -1),
      'Alt-Shift-ArrowDown': () => moveBlock(this.editor.state, this.editor.view.dispatch, 1),
    };
  },
});
