import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Statement } from '../sqlite/statements';

// The log's two tables, as both programs' migrations make them: `letter_snapshots` (one whole state per letter)
// and `letter_updates` (the updates stored after it, in `seq` order). This file knows them as bytes only: what the
// bytes mean (Yjs updates) is replay.ts's.

const snapshotSchema = z.object({ state: z.instanceof(Uint8Array) });
const updateSchema = z.object({ data: z.instanceof(Uint8Array) });

/** A letter's log as stored: its snapshot (null before the first compaction) and its updates, oldest first. */
export interface StoredLog {
  snapshot: Uint8Array | null;
  /** Read row by row as it is iterated, so a long log is never held twice. */
  updates: Iterable<Uint8Array>;
}

/** Reads a letter's snapshot and log; nothing stored yet is no snapshot and no updates. */
export function readStoredLog(db: Database, id: string): StoredLog {
  const snapshot = snapshotSchema.safeParse(
    db.prepare('SELECT state FROM letter_snapshots WHERE letter_id = ?').get(id),
  );
  const rows = db.prepare('SELECT data FROM letter_updates WHERE letter_id = ? ORDER BY seq');
  return {
    snapshot: snapshot.success ? snapshot.data.state : null,
    updates: {
      *[Symbol.iterator]() {
        for (const row of rows.iterate(id)) {
          yield updateSchema.parse(row).data;
        }
      },
    },
  };
}

/**
 * The letter's snapshot when it is the whole letter (nothing logged after it), read without replaying anything;
 * null when there is no snapshot or updates follow it.
 */
export function readWholeSnapshot(db: Database, id: string): Uint8Array | null {
  const pending = db.prepare('SELECT 1 FROM letter_updates WHERE letter_id = ? LIMIT 1').get(id);
  if (pending !== undefined) {
    return null;
  }
  const snapshot = snapshotSchema.safeParse(
    db.prepare('SELECT state FROM letter_snapshots WHERE letter_id = ?').get(id),
  );
  return snapshot.success ? snapshot.data.state : null;
}

/** The statement that appends one update (a batch's changes merged) to a letter's log. */
export function appendStatement(id: string, update: Uint8Array, now: number): Statement {
  return ['INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, ?)', [id, update, now]];
}

/**
 * The statements that replace a letter's log with one snapshot of its whole state, then give the freed pages back
 * to the file system where the file is in incremental auto-vacuum mode (the server's: without it a compacted
 * letter's log stays in the file as free pages, more than half of it in a measured case; elsewhere the pragma does
 * nothing).
 */
export function compactStatements(id: string, state: Uint8Array, now: number): Statement[] {
  return [
    [
      `INSERT INTO letter_snapshots (letter_id, state, compacted_at) VALUES (?, ?, ?)
       ON CONFLICT (letter_id) DO UPDATE SET state = excluded.state, compacted_at = excluded.compacted_at`,
      [id, state, now],
    ],
    ['DELETE FROM letter_updates WHERE letter_id = ?', [id]],
    ['PRAGMA incremental_vacuum', null],
  ];
}
