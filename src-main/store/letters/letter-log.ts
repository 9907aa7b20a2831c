import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { ApiFailure } from '../../../src-common/api/errors';
import { runStatements } from '../../../src-node/sqlite/statements';
import {
  appendStatement,
  compactStatements,
  readWholeSnapshot,
} from '../../../src-node/update-log/log-table';
import { isLetterLoaded, loadLetter, unloadLetterDoc } from './doc-cache';
import { encodedState } from './encoded-state';

/**
 * Checks and appends updates to a letter's log (merged into one row), compacting it once it is past the store's
 * limits. Each update must decode and apply to the stored letter; a bad one refuses the whole
 * batch, which then is not stored. The caller's transaction makes the batch all-or-nothing.
 */
export function appendLetterUpdates(
  db: Database,
  id: string,
  updates: readonly Uint8Array[],
  now: number,
): Y.Doc {
  const { doc, log } = loadLetter(db, id);
  updates.forEach(assertDecodes);
  try {
    doc.transact(() => updates.forEach((update) => Y.applyUpdate(doc, update)), 'store');
  } catch {
    unloadLetterDoc(db, id);
    throw new ApiFailure('invalid-request', 'The changes could not be read and were not saved.');
  }
  const [first] = updates;
  const merged = updates.length === 1 && first ? first : Y.mergeUpdates([...updates]);
  runStatements(
    db,
    log.write(merged, () => encodedState(doc), now),
  );
  return doc;
}

/** Stores the first update of a letter the store has just made, which nobody has loaded yet. */
export function appendFirstUpdate(db: Database, id: string, update: Uint8Array, now: number): void {
  runStatements(db, [appendStatement(id, update, now)]);
}

/** Replaces a letter's log with one snapshot of `doc`, in the caller's transaction. */
export function compactLetter(db: Database, id: string, doc: Y.Doc, now: number): void {
  runStatements(db, compactStatements(id, Y.encodeStateAsUpdate(doc), now));
}

/**
 * The stored letter as one update, for a page that opens it. A letter not in memory whose log is folded into its
 * snapshot is that snapshot as stored: loading it would replay the letter here only for the page to apply it again,
 * and the first save loads it anyway. A loaded letter's state is encoded again only after it changed.
 */
export function letterState(db: Database, id: string): Uint8Array {
  const whole = isLetterLoaded(db, id) ? null : readWholeSnapshot(db, id);
  return whole ?? encodedState(loadLetter(db, id).doc);
}

function assertDecodes(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new ApiFailure('invalid-request', 'The changes could not be read and were not saved.');
  }
}
