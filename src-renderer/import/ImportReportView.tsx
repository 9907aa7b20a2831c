import type { ImportReport } from '../../src-common/api/import-schemas';
import type { Problem } from '../../src-common/problems';
import { counted } from '../ui/counted';
import { MAX_LISTED_ROWS, MoreRows } from '../ui/MoreRows';
import { SuggestionChoices } from '../ui/SuggestionChoices';
import '../checks/checks.css';

// The signatory block's problems that come with a clean-up suggestion: the suggestion list shows them as choices.
const CLEANUP_PROBLEMS: ReadonlySet<Problem['kind']> = new Set([
  'merged-line',
  'fragment-line',
  'duplicate-signatory',
]);

interface ImportReportViewProps {
  report: ImportReport;
  /** The clean-up suggestions dismissed; every other one is accepted. */
  dismissed: ReadonlySet<string>;
  disabled: boolean;
  onChoose(dismissed: ReadonlySet<string>): void;
}

/**
 * What Check found: the counts, the clean-up suggestions to accept or dismiss (the counts and the count check
 * follow the choices), then the problems. Problems come sorted, most serious first: the ones listed matter most.
 */
export function ImportReportView({ report, dismissed, disabled, onChoose }: ImportReportViewProps) {
  const problems = report.problems.filter(
    (problem) => problem.suggestion === undefined || !CLEANUP_PROBLEMS.has(problem.kind),
  );
  const toggle = (suggestionId: string) => {
    const next = new Set(dismissed);
    if (!next.delete(suggestionId)) {
      next.add(suggestionId);
    }
    onChoose(next);
  };
  const unchecked = report.suggestions.filter((suggestion) => dismissed.has(suggestion.id)).length;
  return (
    <section className="import-report" aria-label="What was found">
      <p role="status">
        <strong>{report.title || 'Untitled letter'}</strong>:{' '}
        {counted(report.paragraphs, 'paragraph', 'paragraphs')}, {counted(report.notes, 'note', 'notes')},{' '}
        {counted(report.signatories, 'signatory', 'signatories')} (from{' '}
        {counted(report.signatoryLines, 'line', 'lines')})
        {report.unlisted > 0 ? ` and ${report.unlisted.toLocaleString()} more, not listed` : ''}.
      </p>
      <SuggestionChoices
        suggestions={report.suggestions}
        total={report.suggestionCount}
        acceptedCount={report.suggestionCount - unchecked}
        isAccepted={(suggestionId) => !dismissed.has(suggestionId)}
        disabled={disabled}
        onToggle={toggle}
        onAcceptAll={() => onChoose(new Set())}
      />
      {problems.length === 0 ? (
        <p className="muted">No problems found.</p>
      ) : (
        <>
          <ul aria-label="Problems found">
            {problems.slice(0, MAX_LISTED_ROWS).map((problem, index) => (
              <li key={index} className={`problem ${problem.severity}`}>
                {problem.message}
              </li>
            ))}
          </ul>
          <MoreRows hidden={problems.length - MAX_LISTED_ROWS} />
        </>
      )}
    </section>
  );
}
