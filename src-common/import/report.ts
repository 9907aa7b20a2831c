import type { ImportReport } from '../api/import-schemas';
import { checkNoteUrls } from '../notes/url-checks';
import type { ImportedLetter } from './build-letter';

/** The report of an import: counts, and every problem found with where it is and how to fix it. */
export function importReport(imported: ImportedLetter): ImportReport {
  const findings: ImportReport['findings'] = [
    ...imported.missingNotes.map((number) => ({
      kind: 'missing-note',
      message: `The text refers to note [${number}], but there is no note ${number}.`,
      location: 'body',
    })),
    ...imported.unusedNotes.map((number) => ({
      kind: 'unused-note',
      message: `Note ${number} is never referred to in the text.`,
      location: `note ${number}`,
    })),
    ...imported.notes.flatMap((note) =>
      checkNoteUrls(note.text).map((issue) => ({
        kind: 'broken-url',
        message: issue.message,
        location: `note ${note.number}`,
        ...(issue.fix ? { suggestion: issue.fix.replace } : {}),
      })),
    ),
  ];
  return {
    title: imported.title,
    paragraphs: imported.paragraphs.length,
    notes: imported.notes.length,
    signatoryLines: imported.signatoryLines.length,
    findings,
  };
}
