import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import type { LetterSummary } from '../../../src-common/api/letters-schemas';
import { decodeBinary } from '../../../src-common/letter/encoding';
import {
  readLetterMeta,
  seedLetter,
  updateLetterMeta,
  type LetterMeta,
} from '../../../src-common/letter/letter-doc';
import { loadLetterDoc, unloadLetterDoc } from './doc-cache';
import { encodedText } from './encoded-state';
import { newLetterId } from './letter-id';
import { appendFirstUpdate, appendLetterUpdates, compactLetter, letterState } from './letter-log';
import {
  getLetterRow,
  insertLetterRow,
  listLetterRows,
  purgeTrashRows,
  setLetterDeletedAt,
  touchLetterRow,
  letterFacts,
} from './letter-rows';

/** How long a letter stays in the trash before it is deleted for good. */
export const TRASH_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** The home screen's list, or the trash. */
export function listLetters(db: Database, { trash }: { trash: boolean }): LetterSummary[] {
  return listLetterRows(db, trash);
}

/** Creates a letter; the store is its creator, so it seeds the letter's Y.Doc, once. */
export function createLetter(db: Database, { title }: { title: string }): LetterSummary {
  const id = newLetterId();
  const seed = seedLetter(title);
  const meta: LetterMeta = { ...readMetaOf(seed) };
  const summary = insertLetterRow(db, id, { meta, signatoryCount: 0, openComments: 0 }, Date.now());
  appendFirstUpdate(db, id, seed, Date.now());
  return summary;
}

/** The letter's row and its whole state, for the editor. */
export function openLetter(db: Database, { id }: { id: string }): { letter: LetterSummary; state: string } {
  const letter = getLetterRow(db, id);
  return { letter, state: encodedText(letterState(db, id)) };
}

/** Stores updates from the editor; resolves only after they are committed. */
export function saveLetter(
  db: Database,
  { id, updates }: { id: string; updates: string[] },
): { letter: LetterSummary } {
  getLetterRow(db, id);
  return guarded(db, id, () => {
    const doc = appendLetterUpdates(db, id, updates.map(decodeBinary), Date.now());
    return { letter: touchLetterRow(db, id, letterFacts(doc), Date.now()) };
  });
}

/** Renames a letter from the home screen, as an edit of its Y.Doc so every copy of the letter learns it. */
export function renameLetter(db: Database, { id, title }: { id: string; title: string }): LetterSummary {
  getLetterRow(db, id);
  return guarded(db, id, () => {
    const update = editMeta(loadLetterDoc(db, id), { title });
    const doc = appendLetterUpdates(db, id, [update], Date.now());
    return touchLetterRow(db, id, letterFacts(doc), Date.now());
  });
}

/** Copies a letter under a new id, titled "Copy of …". */
export function duplicateLetter(db: Database, { id }: { id: string }): LetterSummary {
  const source = getLetterRow(db, id);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, letterState(db, id));
  updateLetterMeta(copy, { title: `Copy of ${source.title}`.trim() });
  const copyId = newLetterId();
  const summary = insertLetterRow(db, copyId, letterFacts(copy), Date.now());
  compactLetter(db, copyId, copy, Date.now());
  copy.destroy();
  return summary;
}

/** Moves a letter to the trash; it can be restored for 30 days. */
export function trashLetter(db: Database, { id }: { id: string }): LetterSummary {
  return setLetterDeletedAt(db, id, Date.now());
}

/** Takes a letter back out of the trash. */
export function restoreLetter(db: Database, { id }: { id: string }): LetterSummary {
  return setLetterDeletedAt(db, id, null);
}

/** Deletes for good what has been in the trash for 30 days. */
export function purgeTrash(db: Database): number {
  return purgeTrashRows(db, Date.now(), TRASH_RETENTION_MS);
}

function editMeta(doc: Y.Doc, patch: Partial<LetterMeta>): Uint8Array {
  const before = Y.encodeStateVector(doc);
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  updateLetterMeta(scratch, patch);
  const update = Y.encodeStateAsUpdate(scratch, before);
  scratch.destroy();
  return update;
}

function readMetaOf(state: Uint8Array): LetterMeta {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const meta = readLetterMeta(doc);
  doc.destroy();
  return meta;
}

// A failure after the loaded letter changed would leave memory ahead of the file: forget it and reload next time.
function guarded<T>(db: Database, id: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    unloadLetterDoc(db, id);
    throw error;
  }
}
