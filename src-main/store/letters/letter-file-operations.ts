import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { ApiFailure } from '../../../src-common/api/errors';
import type { LetterImportOutcome, LetterSummary } from '../../../src-common/api/letters-schemas';
import { letterFileName, readLetterFile, writeLetterFile } from '../../../src-common/letter-file/letter-file';
import { loadLetterDoc } from './doc-cache';
import { newLetterId } from './letter-id';
import { saveVersion } from './version-operations';
import { appendLetterUpdates, compactLetter } from './letter-log';
import {
  getLetterRow,
  insertLetterRow,
  setLetterDeletedAt,
  touchLetterRow,
  letterFacts,
} from './letter-rows';

/** A letter as a portable file's name and text. */
export function exportLetterFile(
  db: Database,
  { id }: { id: string },
): { fileName: string; content: string } {
  const letter = getLetterRow(db, id);
  const file = writeLetterFile(id, loadLetterDoc(db, id), new Date());
  return { fileName: letterFileName(letter.title), content: `${JSON.stringify(file, null, 2)}\n` };
}

/**
 * Opens a letter file. A letter this computer already has is merged with it (both sides' edits kept), unless a
 * copy is asked for; a letter it does not have is added under its own id, so later exchanges merge too.
 */
export function importLetterFile(
  db: Database,
  { content, asCopy }: { content: string; asCopy: boolean },
): { letter: LetterSummary; outcome: LetterImportOutcome } {
  const read = readLetterFile(content);
  if (!read.ok) {
    throw new ApiFailure('invalid-request', read.problem);
  }
  const exists = db.prepare('SELECT 1 FROM letters WHERE id = ?').get(read.file.letterId) !== undefined;
  if (asCopy) {
    return { letter: addLetter(db, newLetterId(), read.state), outcome: 'copied' };
  }
  if (!exists) {
    return { letter: addLetter(db, read.file.letterId, read.state), outcome: 'added' };
  }
  // The letter as it was stays one click away in its Versions tab.
  saveVersion(db, { letterId: read.file.letterId, label: 'Before merging a letter file', kind: 'automatic' });
  const doc = appendLetterUpdates(db, read.file.letterId, [read.state], Date.now());
  setLetterDeletedAt(db, read.file.letterId, null);
  return {
    letter: touchLetterRow(db, read.file.letterId, letterFacts(doc), Date.now()),
    outcome: 'merged',
  };
}

function addLetter(db: Database, id: string, state: Uint8Array): LetterSummary {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  insertLetterRow(db, id, letterFacts(doc), Date.now());
  compactLetter(db, id, doc, Date.now());
  doc.destroy();
  return getLetterRow(db, id);
}
