import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * Letters: one row per letter for the home screen (title and status mirror the letter's Y.Doc), its Yjs update
 * log, and a snapshot the log is compacted into.
 */
export const migration0002Letters: Migration = {
  version: 2,
  name: 'letters',
  up(db) {
    db.exec(`
      CREATE TABLE letters (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'circulating', 'closed', 'published')),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER,
        signatory_count INTEGER NOT NULL DEFAULT 0 CHECK (signatory_count >= 0)
      ) STRICT;

      CREATE TABLE letter_snapshots (
        letter_id TEXT PRIMARY KEY NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        state BLOB NOT NULL,
        compacted_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE letter_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX letter_updates_by_letter ON letter_updates (letter_id, seq);
    `);
  },
};
