import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { ApiFailure } from '../../../src-common/api/errors';
import { readLetterMeta } from '../../../src-common/letter/letter-doc';
import { loadLetterDoc, unloadLetterDoc } from './doc-cache';

/** Past either limit a letter's log is compacted into its snapshot. */
export const COMPACTION_LIMITS = { updates: 500, bytes: 1024 * 1024 };

/**
 * Checks and appends updates to a letter's log. Each update must decode and apply to the stored letter; a bad one
 * refuses the whole batch, which then is not stored. The caller's transaction makes the batch all-or-nothing.
 */
export function appendLetterUpdates(
  db: Database,
  id: string,
  updates: readonly Uint8Array[],
  now: number,
): Y.Doc {
  const doc = loadLetterDoc(db, id);
  updates.forEach(assertDecodes);
  try {
    doc.transact(() => updates.forEach((update) => Y.applyUpdate(doc, update)), 'store');
  } catch {
    unloadLetterDoc(db, id);
    throw new ApiFailure('invalid-request', 'The changes could not be read and were not saved.');
  }
  const insert = db.prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, ?)');
  insert.run(id, updates.length === 1 ? updates[0] : Y.mergeUpdates([...updates]), now);
  compactIfLarge(db, id, doc, now);
  return doc;
}

/** Replaces a letter's log with one snapshot of its current state, in the caller's transaction. */
export function compactLetter(db: Database, id: string, doc: Y.Doc, now: number): void {
  db.prepare(
    `INSERT INTO letter_snapshots (letter_id, state, compacted_at) VALUES (?, ?, ?)
     ON CONFLICT (letter_id) DO UPDATE SET state = excluded.state, compacted_at = excluded.compacted_at`,
  ).run(id, Y.encodeStateAsUpdate(doc), now);
  db.prepare('DELETE FROM letter_updates WHERE letter_id = ?').run(id);
}

/** The stored letter as one update, for a page that opens it. */
export function letterState(db: Database, id: string): Uint8Array {
  return Y.encodeStateAsUpdate(loadLetterDoc(db, id));
}

/** The letter's metadata as the store holds it. */
export function storedMeta(db: Database, id: string) {
  return readLetterMeta(loadLetterDoc(db, id));
}

function compactIfLarge(db: Database, id: string, doc: Y.Doc, now: number): void {
  const log = db
    .prepare(
      'SELECT count(*) AS updates, coalesce(sum(length(data)), 0) AS bytes FROM letter_updates WHERE letter_id = ?',
    )
    .get(id);
  if (typeof log !== 'object' || log === null || !('updates' in log) || !('bytes' in log)) {
    return;
  }
  if (Number(log.updates) > COMPACTION_LIMITS.updates || Number(log.bytes) > COMPACTION_LIMITS.bytes) {
    compactLetter(db, id, doc, now);
  }
}

function assertDecodes(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new ApiFailure('invalid-request', 'The changes could not be read and were not saved.');
  }
}
