import { Extension } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import {
  byAuthor,
  byId,
  reviewSuggestions,
  type Decision,
  type SuggestionFilter,
} from '../../suggestions/review';
import { SKIP_SUGGESTING } from './suggest-mode';
import { endUndoStep } from './undo-boundaries';

const REVIEW_META = 'suggestionReview';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestReview: {
      /** Keeps what the suggestion adds and removes what it deletes. */
      acceptSuggestion: (id: string) => ReturnType;
      /** Removes what the suggestion adds and keeps what it deletes, with the old formatting. */
      rejectSuggestion: (id: string) => ReturnType;
      /** Accepts every suggestion, or every one by an author. */
      acceptAllSuggestions: (authorId?: string | null) => ReturnType;
      /** Rejects every suggestion, or every one by an author. */
      rejectAllSuggestions: (authorId?: string | null) => ReturnType;
    };
  }
}

/**
 * Accept and reject, as commands for the suggestion card, the review bar and tests. Each decision is an undo step
 * of its own, so Ctrl+Z right after an accept brings the suggestion back.
 */
export const SuggestReview = Extension.create({
  name: 'suggestReview',
  addCommands() {
    const run =
      (decision: Decision, filter: SuggestionFilter) =>
      ({ tr, dispatch }: { tr: Transaction; dispatch: ((tr: Transaction) => void) | undefined }) => {
        if (dispatch) {
          endUndoStep(this.editor);
          tr.setMeta(SKIP_SUGGESTING, true).setMeta(REVIEW_META, true);
        }
        return reviewSuggestions(tr, decision, filter) > 0;
      };
    return {
      acceptSuggestion: (id) => run('accept', byId(id)),
      rejectSuggestion: (id) => run('reject', byId(id)),
      acceptAllSuggestions: (authorId) => run('accept', byAuthor(authorId ?? null)),
      rejectAllSuggestions: (authorId) => run('reject', byAuthor(authorId ?? null)),
    };
  },
  onTransaction({ transaction }) {
    if (transaction.getMeta(REVIEW_META) === true) {
      endUndoStep(this.editor);
    }
  },
});
