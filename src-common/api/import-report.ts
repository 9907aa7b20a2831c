import type { ImportReport } from './import-schemas';
import { findNoteProblems } from '../notes/note-problems';
import { compareProblems, type Problem } from '../problems';
import { checkCountClaims } from '../checks/count-claims';
import { checkPageCountClaims } from '../checks/page-count-claims';
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
        imported.signatories.length,
        imported.unlisted,
      ),
      ...checkPageCountClaims(imported.aroundText, imported.signatories.length + imported.unlisted),
    ].sort(compareProblems),
  };
}
