import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * Sealed letters (issue #20): the server keeps envelopes it cannot read. `sealed_letters` marks a letter as sealed
 * and holds the public half of its signing key, the key epoch, and the newest sequence the server has handed out
 * (kept apart from the envelopes, since a snapshot or a reset deletes them and numbers must never be reused).
 * `sealed_envelopes` are the update envelopes after the snapshot, in `seq` order; `sealed_snapshots` the latest
 * snapshot envelope of each letter, which covers every sequence up to `covers`.
 */
export const migration0004SealedEnvelopes: Migration = {
  version: 4,
  name: 'sealed-envelopes',
  up(db) {
    db.exec(`
      CREATE TABLE sealed_letters (
        letter_id TEXT PRIMARY KEY NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        epoch INTEGER NOT NULL CHECK (epoch BETWEEN 1 AND 4294967295),
        verify_key BLOB NOT NULL CHECK (length(verify_key) = 32),
        latest_seq INTEGER NOT NULL DEFAULT 0 CHECK (latest_seq >= 0)
      ) STRICT;

      CREATE TABLE sealed_envelopes (
        letter_id TEXT NOT NULL REFERENCES sealed_letters (letter_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        writer_id BLOB NOT NULL CHECK (length(writer_id) = 16),
        counter INTEGER NOT NULL CHECK (counter >= 0),
        kind TEXT NOT NULL CHECK (kind = 'update'),
        epoch INTEGER NOT NULL CHECK (epoch >= 1),
        bytes BLOB NOT NULL CHECK (length(bytes) > 0),
        stored_at INTEGER NOT NULL,
        PRIMARY KEY (letter_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sealed_snapshots (
        letter_id TEXT PRIMARY KEY NOT NULL REFERENCES sealed_letters (letter_id) ON DELETE CASCADE,
        covers INTEGER NOT NULL CHECK (covers >= 0),
        writer_id BLOB NOT NULL CHECK (length(writer_id) = 16),
        epoch INTEGER NOT NULL CHECK (epoch >= 1),
        bytes BLOB NOT NULL CHECK (length(bytes) > 0),
        stored_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
