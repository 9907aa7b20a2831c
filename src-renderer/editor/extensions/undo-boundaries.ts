import { Extension, type Editor } from '@tiptap/core';
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

/** Starts a new undo step at each new paragraph, as Word and Google Docs do. */
export const UndoBoundaries = Extension.create({
  name: 'undoBoundaries',
  addKeyboardShortcuts() {
    return {
      Enter: () => {
        endUndoStep(this.editor);
        return false;
      },
    };
  },
});
