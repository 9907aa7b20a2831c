import { Extension, type Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * Ends the current undo step, so the next change is undone on its own rather than merged with whatever was typed
 * within the undo manager's half-second window.
 */
export function endUndoStep(editor: Editor): void {
  const pluginState: unknown = yUndoPluginKey.getState(editor.state);
  const undoManager: unknown =
    typeof pluginState === 'object' && pluginState !== null && 'undoManager' in pluginState
      ? pluginState.undoManager
      : null;
  if (undoManager instanceof Y.UndoManager) {
    undoManager.stopCapturing();
  }
}

/** Marks a transaction that one Undo takes back on its own, neither with the typing before it nor after it. */
const OWN_UNDO_STEP = 'ownUndoStep';

/**
 * Makes `tr` an undo step of its own (a replace, a replace-all): the step before it ends now, and the one it starts
 * ends once the transaction is applied (see UndoBoundaries).
 */
export function markOwnUndoStep(editor: Editor, tr: Transaction): void {
  endUndoStep(editor);
  tr.setMeta(OWN_UNDO_STEP, true);
}

/**
 * Starts a new undo step at each new paragraph, as Word and Google Docs do, and after a transaction marked by
 * {@link markOwnUndoStep}.
 */
export const UndoBoundaries = Extension.create({
  name: 'undoBoundaries',
  onTransaction({ transaction }) {
    if (transaction.getMeta(OWN_UNDO_STEP) === true) {
      endUndoStep(this.editor);
    }
  },
  addKeyboardShortcuts() {
    return {
      Enter: () => {
        endUndoStep(this.editor);
        return false;
      },
    };
  },
});
