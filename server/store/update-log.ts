import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { z } from 'zod';

const snapshotSchema = z.object({ state: z.instanceof(Uint8Array) });
const updateSchema = z.object({ data: z.instanceof(Uint8Array) });

/** A letter as stored: its doc, rebuilt from snapshot and log, and the sizes compaction and limits look at. */
export interface StoredLetter {
  doc: Y.Doc;
  snapshotBytes: number;
  logUpdates: number;
  logBytes: number;
}

/**
 * Rebuilds a letter from its snapshot and log by replaying them into one Y.Doc, in one transaction: linear in the
 * log's size, unlike merging many small updates. A letter with nothing stored yet is an empty doc.
 */
export function loadStoredLetter(db: Database, id: string): StoredLetter {
  const doc = new Y.Doc({ gc: true });
  const snapshot = snapshotSchema.safeParse(
    db.prepare('SELECT state FROM letter_snapshots WHERE letter_id = ?').get(id),
  );
  let logUpdates = 0;
  let logBytes = 0;
  doc.transact(() => {
    if (snapshot.success) {
      Y.applyUpdate(doc, snapshot.data.state);
    }
    const rows = db.prepare('SELECT data FROM letter_updates WHERE letter_id = ? ORDER BY seq').iterate(id);
    for (const row of rows) {
      const data = updateSchema.parse(row).data;
      Y.applyUpdate(doc, data);
      logUpdates += 1;
      logBytes += data.length;
    }
  });
  return { doc, snapshotBytes: snapshot.success ? snapshot.data.state.length : 0, logUpdates, logBytes };
}

/** Appends checked updates to a letter's log, in the caller's transaction. */
export function appendUpdates(db: Database, id: string, updates: readonly Uint8Array[], now: number): void {
  const insert = db.prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, ?)');
  for (const update of updates) {
    insert.run(id, update, now);
  }
}

/** Replaces a letter's log with one snapshot of its whole state, in the caller's transaction. */
export function compactLetter(db: Database, id: string, state: Uint8Array, now: number): void {
  db.prepare(
    `INSERT INTO letter_snapshots (letter_id, state, compacted_at) VALUES (?, ?, ?)
     ON CONFLICT (letter_id) DO UPDATE SET state = excluded.state, compacted_at = excluded.compacted_at`,
  ).run(id, state, now);
  db.prepare('DELETE FROM letter_updates WHERE letter_id = ?').run(id);
}
