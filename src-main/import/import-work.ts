import * as Y from 'yjs';
import { ApiFailure } from '../../src-common/api/errors';
import type { ImportReport } from '../../src-common/api/import-schemas';
import { importLetterText, type ImportedLetter } from '../../src-common/import/build-letter';
import { ImportTooLarge, importTooLarge } from '../../src-common/limits';
import { importReport } from '../../src-common/api/import-report';
import type { LetterSegments } from '../../src-common/import/segment';
import { newLetterId } from '../store/letters/letter-id';

/** The text to import, and the parts as the review screen set them. */
export interface ImportRequest {
  text: string;
  segments?: LetterSegments | undefined;
  /** Clean-up suggestions the person dismissed. */
  dismissed?: readonly string[] | undefined;
  /** Who imports, for the record kept with each cleaned-up signatory. */
  by?: string | undefined;
}

/** A letter read from imported text: its whole state (a Yjs update), and the report of what was found. */
export interface BuiltImport {
  state: Uint8Array;
  report: ImportReport;
}

/** What an import of the text would make, without making it. */
export function previewImportText(request: ImportRequest): ImportReport {
  const imported = readImportRequest(request);
  const report = importReport(imported);
  imported.doc.destroy();
  return report;
}

/** The letter an import of the text makes, ready for the store to keep. */
export function buildImportText(request: ImportRequest): BuiltImport {
  const imported = readImportRequest(request);
  const built = { state: Y.encodeStateAsUpdate(imported.doc), report: importReport(imported) };
  imported.doc.destroy();
  return built;
}

function readImportRequest({ text, segments, dismissed, by }: ImportRequest): ImportedLetter {
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
    const stamp = { on: new Date().toISOString().slice(0, 10), by: by ?? '' };
    return importLetterText(text, newLetterId, { segments, dismissed, stamp });
  } catch (error) {
    throw error instanceof ImportTooLarge ? new ApiFailure('invalid-request', error.message) : error;
  }
}
