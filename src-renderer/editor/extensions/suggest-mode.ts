import { Extension } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { SuggestionAuthor } from '../../../src-common/suggestions/suggestion';
import type { EditMode } from '../../suggestions/modes';
import { suggestTransaction } from '../../suggestions/suggest-transaction';

/** Meta that lets a transaction through unchanged in Suggesting mode (accepting or rejecting a suggestion). */
export const SKIP_SUGGESTING = 'skipSuggesting';

/** Meta set on the transaction that changes the mode. */
export const EDIT_MODE_META = 'editMode';

/** What Suggesting mode needs: who is suggesting, and the mode to start in. */
export interface SuggestModeOptions {
  /** The person, as their suggestions are stamped; read at each suggestion, so a new name applies at once. */
  author: () => SuggestionAuthor;
  initialMode: EditMode;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestMode: {
      /** Editing changes the text; Suggesting turns every change into a suggestion; Viewing only reads. */
      setEditMode: (mode: EditMode) => ReturnType;
    };
  }
  interface Storage {
    suggestMode: { mode: EditMode };
  }
}

/**
 * The mode switch's editor side. In Suggesting mode each transaction that would change the text is rewritten into
 * one that suggests the change (suggestions/suggest-transaction.ts) before it is applied; co-editors' changes,
 * undo and redo, and accepting or rejecting go through as they are. In Editing mode a transaction costs one check.
 */
export const SuggestMode = Extension.create<SuggestModeOptions, { mode: EditMode }>({
  name: 'suggestMode',
  addOptions() {
    return {
      author: () => ({ authorId: 'unknown', authorName: '', colour: '#6b7280' }),
      initialMode: 'editing',
    };
  },
  addStorage() {
    return { mode: this.options.initialMode };
  },
  onCreate() {
    if (this.storage.mode === 'viewing') {
      this.editor.setEditable(false, false);
    }
  },
  addCommands() {
    return {
      setEditMode:
        (mode) =>
        ({ tr, dispatch, editor }) => {
          if (dispatch) {
            this.storage.mode = mode;
            tr.setMeta(EDIT_MODE_META, mode);
            editor.setEditable(mode !== 'viewing', false);
          }
          return true;
        },
    };
  },
  dispatchTransaction({ transaction, next }) {
    if (this.storage.mode !== 'suggesting' || !transaction.docChanged || passesThrough(transaction)) {
      next(transaction);
      return;
    }
    next(
      suggestTransaction(transaction, this.editor.state, {
        author: this.options.author(),
        newId: () => crypto.randomUUID(),
        now: () => new Date().toISOString(),
      }),
    );
  },
});

function passesThrough(transaction: Transaction): boolean {
  if (transaction.getMeta(SKIP_SUGGESTING) === true) {
    return true;
  }
  const sync: unknown = transaction.getMeta(ySyncPluginKey);
  return (
    typeof sync === 'object' &&
    sync !== null &&
    (('isChangeOrigin' in sync && sync.isChangeOrigin === true) ||
      ('isUndoRedoOperation' in sync && sync.isUndoRedoOperation === true))
  );
}
