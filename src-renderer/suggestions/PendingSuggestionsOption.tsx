import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { ExportChoices } from '../../src-common/api/export-schemas';
import { pendingSuggestionProblemsOf } from '../../src-common/suggestions/pending-problems';
import './suggestions.css';

interface PendingSuggestionsOptionProps {
  doc: Y.Doc;
  choices: ExportChoices;
  choose(patch: Partial<ExportChoices>): void;
}

/**
 * The export dialog's warning while suggested edits are pending, and the choice of printing the letter as if they
 * were rejected (the agreed text) or accepted. Nothing shows when none is pending.
 */
export function PendingSuggestionsOption({ doc, choices, choose }: PendingSuggestionsOptionProps) {
  const problem = useMemo(() => pendingSuggestionProblemsOf(doc)[0] ?? null, [doc]);
  if (!problem) {
    return null;
  }
  return (
    <div className="pending-suggestions" role="group" aria-label="Pending suggestions">
      <p className="warning-text">{problem.message}</p>
      <label>
        Pending suggestions{' '}
        <select
          value={choices.suggestions}
          onChange={(event) =>
            choose({ suggestions: event.target.value === 'accepted' ? 'accepted' : 'rejected' })
          }
        >
          <option value="rejected">As if rejected (the agreed text)</option>
          <option value="accepted">As if accepted</option>
        </select>
      </label>
    </div>
  );
}
