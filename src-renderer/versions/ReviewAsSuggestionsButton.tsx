import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import type { VersionSummary } from '../../src-common/api/versions-schemas';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { comparisonAuthor } from '../../src-common/suggestions/compare-suggestions';
import { reviewBlocker, reviewVersionAsSuggestions } from './review-as-suggestions';

interface ReviewAsSuggestionsButtonProps {
  version: VersionSummary;
  /** The version's body, once opened. */
  body: ProseMirrorJson | null;
  /** The letter's body when the comparison was made. */
  current: ProseMirrorJson;
  editor: Editor | null;
  disabled: boolean;
  onReviewed(): void;
}

/**
 * "Review as suggestions": the differences from the version become pending suggestions in the letter, signed as
 * "Changes since …", so partners accept or reject what changed since they agreed, one change or all at once.
 */
export function ReviewAsSuggestionsButton({
  version,
  body,
  current,
  editor,
  disabled,
  onReviewed,
}: ReviewAsSuggestionsButtonProps) {
  const blocker = useMemo(() => reviewBlocker(current), [current]);
  const handleReview = () => {
    if (!editor || !body) {
      return;
    }
    reviewVersionAsSuggestions(editor, body, {
      author: comparisonAuthor(String(version.id), version.label),
      time: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    onReviewed();
    // Back in the text, so Ctrl+Z takes the whole review back at once.
    editor.commands.focus();
  };
  return (
    <>
      {blocker && (
        <p id="review-blocker" className="muted">
          {blocker}
        </p>
      )}
      <button
        type="button"
        className="button"
        disabled={!body || !editor || !editor.isEditable || disabled || blocker !== null}
        aria-describedby={blocker ? 'review-blocker' : undefined}
        onClick={handleReview}
      >
        Review as suggestions
      </button>
    </>
  );
}
