import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { readStoredLog } from './log-table';

/** A letter as stored: its doc, rebuilt from snapshot and log, and the sizes compaction and limits look at. */
export interface StoredLetter {
  doc: Y.Doc;
  snapshotBytes: number;
  logUpdates: number;
  logBytes: number;
}

/**
 * Rebuilds a letter from its snapshot and log by replaying them into one Y.Doc, in one transaction: linear in the
 * log's size, unlike merging many small updates (`Y.mergeUpdates`). A letter with nothing stored yet is an empty doc.
 */
export function loadStoredLetter(db: Database, id: string): StoredLetter {
  const doc = new Y.Doc({ gc: true });
  const { snapshot, updates } = readStoredLog(db, id);
  let logUpdates = 0;
  let logBytes = 0;
  doc.transact(() => {
    if (snapshot) {
      Y.applyUpdate(doc, snapshot);
    }
    for (const update of updates) {
      Y.applyUpdate(doc, update);
      logUpdates += 1;
      logBytes += update.length;
    }
  });
  return { doc, snapshotBytes: snapshot?.length ?? 0, logUpdates, logBytes };
}
