import type { ImportReport } from './import-schemas';
import { findNoteProblems } from '../notes/note-problems';
import { compareProblems, type Problem } from '../problems';
import { checkCountClaims } from '../checks/check-count-claims';
import { checkPageCountClaims } from '../checks/page-count-claims';
import { kindCountsOf } from '../checks/claim-verdict';
import type { ImportedLetter } from '../import/build-letter';

/** How many suggestions a report lists; the rest keep their choice (accepted unless dismissed) and are counted. */
export const MAX_REPORTED_SUGGESTIONS = 300;

/** The report of an import: counts, and every problem found, in the words and order of the Checks tab. */
export function importReport(imported: ImportedLetter): ImportReport {
  // A "[n]" with no note n stays text in the letter, so only the import can point it out.
  const markers: Problem[] = imported.missingNotes.map((number) => ({
    kind: 'missing-note',
    severity: 'error',
    message: `The text refers to note [${number}], but there is no note ${number}.`,
    location: { section: 'body' },
  }));
  // The list as it will be saved: every entry confirmed, with the kinds the import could tell.
  const count = {
    confirmed: imported.signatories.length,
    unlisted: imported.unlisted,
    kinds: kindCountsOf(imported.signatories),
  };
  return {
    title: imported.title,
    segments: imported.segments,
    paragraphs: imported.paragraphs.length,
    notes: imported.notes.length,
    signatoryLines: imported.signatoryLines.length,
    signatories: imported.signatories.length,
    unlisted: imported.unlisted,
    suggestions: imported.signatoryBlock.suggestions
      .slice(0, MAX_REPORTED_SUGGESTIONS)
      .map(({ id, kind, explanation }) => ({ id, kind, explanation, accepted: imported.accepted.has(id) })),
    suggestionCount: imported.signatoryBlock.suggestions.length,
    problems: [
      ...markers,
      ...findNoteProblems(imported.doc),
      ...imported.signatoryBlock.problems,
      ...checkCountClaims(
        { title: imported.title, body: imported.paragraphs.join('\n') },
        count.confirmed,
        count.unlisted,
        count.kinds,
      ),
      ...checkPageCountClaims(imported.aroundText, count),
    ].sort(compareProblems),
  };
}
