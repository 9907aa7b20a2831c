import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * Gives the letters' update log the check the server's log has had from the start: an update is never empty.
 * SQLite cannot add a CHECK to a table, so the table is made again (https://www.sqlite.org/lang_altertable.html,
 * "other kinds of table schema changes"): its rows are copied with their `seq`, and so is the AUTOINCREMENT
 * counter, so a later update still sorts after every earlier one. An empty row, which no save writes, would hold
 * no change and is not copied. Nothing refers to this table, so dropping it needs no foreign-key work.
 */
export const migration0007UpdateLogCheck: Migration = {
  version: 7,
  name: 'update-log-check',
  up(db) {
    db.exec(`
      CREATE TABLE letter_updates_checked (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        data BLOB NOT NULL CHECK (length(data) > 0),
        created_at INTEGER NOT NULL
      ) STRICT;

      INSERT INTO letter_updates_checked (seq, letter_id, data, created_at)
        SELECT seq, letter_id, data, created_at FROM letter_updates WHERE length(data) > 0 ORDER BY seq;

      DELETE FROM sqlite_sequence WHERE name = 'letter_updates_checked';
      UPDATE sqlite_sequence SET name = 'letter_updates_checked' WHERE name = 'letter_updates';

      DROP TABLE letter_updates;
      ALTER TABLE letter_updates_checked RENAME TO letter_updates;
      CREATE INDEX letter_updates_by_letter ON letter_updates (letter_id, seq);
    `);
  },
};
