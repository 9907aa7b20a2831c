import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../src-common/api/errors';
import type { ImportReport } from '../../../src-common/api/import-schemas';
import type { LetterSummary } from '../../../src-common/api/letters-schemas';
import type { LetterSegments } from '../../../src-common/import/segment';
import { importLetterText, type ImportedLetter } from '../../../src-common/import/build-letter';
import { ImportTooLarge, importTooLarge } from '../../../src-common/import/limits';
import { importReport } from '../../../src-common/import/report';
import { newLetterId } from './letter-id';
import { compactLetter } from './letter-log';
import { getLetterRow, insertLetterRow, letterFacts } from './letter-rows';

/** The text to import, and the parts as the review screen set them. */
interface ImportRequest {
  text: string;
  segments?: LetterSegments | undefined;
  markdown?: boolean | undefined;
}

/** What an import of `text` would make, without making it. */
export function previewImport(_db: Database, request: ImportRequest): ImportReport {
  const imported = readText(request);
  const report = importReport(imported);
  imported.doc.destroy();
  return report;
}

/** Makes a new letter from pasted text and returns it with the import's report. */
export function createFromImport(
  db: Database,
  request: ImportRequest,
): { letter: LetterSummary; report: ImportReport } {
  const imported = readText(request);
  const id = newLetterId();
  insertLetterRow(db, id, letterFacts(imported.doc), Date.now());
  compactLetter(db, id, imported.doc, Date.now());
  const report = importReport(imported);
  imported.doc.destroy();
  return { letter: getLetterRow(db, id), report };
}

function readText({ text, segments, markdown }: ImportRequest): ImportedLetter {
  const tooLarge = importTooLarge(text);
  if (tooLarge) {
    throw new ApiFailure('invalid-request', tooLarge);
  }
  if (text.includes('\u0000')) {
    throw new ApiFailure(
      'invalid-request',
      'This is not text (it looks like a binary file). Nothing was imported.',
    );
  }
  try {
    return importLetterText(text, newLetterId, { segments, markdown });
  } catch (error) {
    throw error instanceof ImportTooLarge ? new ApiFailure('invalid-request', error.message) : error;
  }
}
