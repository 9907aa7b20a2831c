import { displayName } from '../../src-common/signatories/signatory';
import type { BlockEntry, BlockParse } from '../../src-common/signatories/suggestions';

const KIND_WORDS = {
  split: 'Split a line',
  'complete-fragment': 'Complete chapters',
  'remove-duplicate': 'Remove a duplicate',
};

// Rows listed at most: a list of thousands has as many suggestions, and as many rows make the dialog slow to open
// and scroll. The ones not listed keep their choice (accepted, unless dismissed before) and are counted.
const MAX_SHOWN = 300;

interface PasteReviewProps {
  parse: BlockParse;
  accepted: ReadonlySet<string>;
  /** The list as it will be added, lines too long to be names left out. */
  entries: readonly BlockEntry[];
  leftOut: number;
  onToggle(suggestionId: string): void;
}

/** What "Check" found in a pasted list: each suggestion with its reason and a checkbox, then the list to add. */
export function PasteReview({ parse, accepted, entries, leftOut, onToggle }: PasteReviewProps) {
  const { suggestions } = parse;
  const acceptedCount = suggestions.filter((suggestion) => accepted.has(suggestion.id)).length;
  return (
    <section className="import-report" aria-label="Proposed list">
      <p role="status">
        {entries.length} signatories from {parse.entries.length} lines; {suggestions.length} suggestions
        {suggestions.length > 0 && ` (${acceptedCount} accepted)`}.
        {leftOut > 0 && ` ${leftOut} lines are too long to be names and are left out.`}
      </p>
      <ul aria-label="Suggestions">
        {suggestions.slice(0, MAX_SHOWN).map((suggestion) => (
          <li key={suggestion.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={accepted.has(suggestion.id)}
                onChange={() => onToggle(suggestion.id)}
              />
              <span>
                <strong>{KIND_WORDS[suggestion.kind]}:</strong> {suggestion.explanation}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <MoreRows hidden={suggestions.length - MAX_SHOWN} what="suggestions" />
      <details>
        <summary>The list as it will be added</summary>
        <ul aria-label="Proposed signatories">
          {entries.slice(0, MAX_SHOWN).map((entry) => (
            <li key={entry.id} dir="auto">
              {displayName(entry)}
            </li>
          ))}
        </ul>
        <MoreRows hidden={entries.length - MAX_SHOWN} what="signatories" />
      </details>
    </section>
  );
}

function MoreRows({ hidden, what }: { hidden: number; what: string }) {
  if (hidden <= 0) {
    return null;
  }
  return (
    <p className="muted">
      …and {hidden.toLocaleString('en')} more {what}.
    </p>
  );
}
