import { Extension } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * Starts a new undo step at each new paragraph, as Word and Google Docs do, instead of grouping everything typed
 * within the undo manager's half-second window into one step.
 */
export const UndoBoundaries = Extension.create({
  name: 'undoBoundaries',
  addKeyboardShortcuts() {
    return {
      Enter: () => {
        const pluginState: unknown = yUndoPluginKey.getState(this.editor.state);
        const undoManager: unknown =
          typeof pluginState === 'object' && pluginState !== null && 'undoManager' in pluginState
            ? pluginState.undoManager
            : null;
        if (undoManager instanceof Y.UndoManager) {
          undoManager.stopCapturing();
        }
        return false;
      },
    };
  },
});
