import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * Registered letters and the SHA-256 of their three capability tokens (owner, editor, viewer). Tokens themselves
 * never reach the server's disk: a copy of this file must not open anyone's letter.
 */
export const migration0001Letters: Migration = {
  version: 1,
  name: 'letters',
  up(db) {
    db.exec(`
      CREATE TABLE letters (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
        owner_token_sha256 TEXT NOT NULL CHECK (length(owner_token_sha256) = 64),
        editor_token_sha256 TEXT NOT NULL CHECK (length(editor_token_sha256) = 64),
        viewer_token_sha256 TEXT NOT NULL CHECK (length(viewer_token_sha256) = 64),
        created_at INTEGER NOT NULL,
        tokens_reset_at INTEGER
      ) STRICT;
    `);
  },
};
