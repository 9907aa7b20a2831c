import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * Each letter's content: a snapshot (one Yjs update of the whole state) and the log of updates stored after it.
 * The log is folded into the snapshot now and then, so loading a letter replays a short log.
 */
export const migration0002UpdateLog: Migration = {
  version: 2,
  name: 'update-log',
  up(db) {
    db.exec(`
      CREATE TABLE letter_snapshots (
        letter_id TEXT PRIMARY KEY NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        state BLOB NOT NULL,
        compacted_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE letter_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        data BLOB NOT NULL CHECK (length(data) > 0),
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX letter_updates_by_letter ON letter_updates (letter_id, seq);
    `);
  },
};
