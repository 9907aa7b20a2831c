import type { BlockSuggestion } from '../../src-common/signatories/cleanup/suggestions';
import { MAX_LISTED_ROWS, MoreRows } from './MoreRows';

const KIND_WORDS: Record<BlockSuggestion['kind'], string> = {
  split: 'Split a line',
  'complete-fragment': 'Complete wrapped names',
  'remove-duplicate': 'Remove a duplicate',
};

/** A clean-up suggestion as a review lists it: what it does and why. */
export interface ListedSuggestion {
  id: string;
  kind: BlockSuggestion['kind'];
  explanation: string;
}

interface SuggestionChoicesProps {
  /** The suggestions to list; at most MAX_LISTED_ROWS are shown. */
  suggestions: readonly ListedSuggestion[];
  /** How many suggestions there are in all, listed or not. */
  total: number;
  /** How many of them are accepted. */
  acceptedCount: number;
  isAccepted(suggestionId: string): boolean;
  disabled?: boolean;
  onToggle(suggestionId: string): void;
  onAcceptAll(): void;
}

/**
 * The clean-up suggestions of a list of signatories, each with its reason and a checkbox to accept or dismiss it,
 * and "Accept all". "Paste a list…" and the import review both show them this way.
 */
export function SuggestionChoices({
  suggestions,
  total,
  acceptedCount,
  isAccepted,
  disabled = false,
  onToggle,
  onAcceptAll,
}: SuggestionChoicesProps) {
  if (total === 0) {
    return null;
  }
  return (
    <>
      <div className="suggestion-choices-head">
        <span className="muted">
          {acceptedCount} of {total} suggestions accepted. Uncheck one to dismiss it.
        </span>
        <button
          type="button"
          className="button small"
          disabled={disabled || acceptedCount === total}
          onClick={onAcceptAll}
        >
          Accept all
        </button>
      </div>
      <ul className="suggestion-choices" aria-label="Suggestions">
        {suggestions.slice(0, MAX_LISTED_ROWS).map((suggestion) => (
          <li key={suggestion.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={isAccepted(suggestion.id)}
                disabled={disabled}
                onChange={() => onToggle(suggestion.id)}
              />
              <span>
                <strong>{KIND_WORDS[suggestion.kind]}:</strong> {suggestion.explanation}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <MoreRows hidden={total - Math.min(suggestions.length, MAX_LISTED_ROWS)} what="suggestions" />
    </>
  );
}
