import { displayName } from '../../src-common/signatories/signatory';
import type { BlockEntry, BlockParse } from '../../src-common/signatories/cleanup/suggestions';
import { MAX_LISTED_ROWS, MoreRows } from '../ui/MoreRows';
import { SuggestionChoices } from '../ui/SuggestionChoices';

interface PasteReviewProps {
  parse: BlockParse;
  accepted: ReadonlySet<string>;
  /** The list as it will be added, lines too long to be names left out. */
  entries: readonly BlockEntry[];
  leftOut: number;
  onToggle(suggestionId: string): void;
  onAcceptAll(): void;
}

/**
 * What "Check" found in a pasted list: each suggestion with its reason and a checkbox, then the list to add. The
 * suggestions not listed keep their choice (accepted, unless dismissed before) and are counted.
 */
export function PasteReview({ parse, accepted, entries, leftOut, onToggle, onAcceptAll }: PasteReviewProps) {
  const { suggestions } = parse;
  const acceptedCount = suggestions.filter((suggestion) => accepted.has(suggestion.id)).length;
  return (
    <section className="import-report" aria-label="Proposed list">
      <p role="status">
        {entries.length} signatories from {parse.entries.length} lines; {suggestions.length} suggestions
        {suggestions.length > 0 && ` (${acceptedCount} accepted)`}.
        {leftOut > 0 && ` ${leftOut} lines are too long to be names and are left out.`}
        {parse.unlisted > 0 &&
          ` And ${parse.unlisted.toLocaleString()} more, not listed: added to the signatories not listed by name.`}
      </p>
      <SuggestionChoices
        suggestions={suggestions}
        total={suggestions.length}
        acceptedCount={acceptedCount}
        isAccepted={(suggestionId) => accepted.has(suggestionId)}
        onToggle={onToggle}
        onAcceptAll={onAcceptAll}
      />
      <details>
        <summary>The list as it will be added</summary>
        <ul aria-label="Proposed signatories">
          {entries.slice(0, MAX_LISTED_ROWS).map((entry) => (
            <li key={entry.id} dir="auto">
              {displayName(entry)}
            </li>
          ))}
        </ul>
        <MoreRows hidden={entries.length - MAX_LISTED_ROWS} what="signatories" />
      </details>
    </section>
  );
}
