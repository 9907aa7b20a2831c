import type { Migration } from '../../../src-node/sqlite/migrations';

/** Named versions of a letter ("v3 sent to signatories"): the letter's whole state when it was named. */
export const migration0003LetterVersions: Migration = {
  version: 3,
  name: 'letter-versions',
  up(db) {
    db.exec(`
      CREATE TABLE letter_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        state BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        created_by TEXT NOT NULL
      ) STRICT;

      CREATE INDEX letter_versions_by_letter ON letter_versions (letter_id, created_at);
    `);
  },
};
