import type { Migration } from '../../../src-node/sqlite/migrations';

/** Key-value settings of this computer's user (display name, colour, window position). Values are JSON. */
export const migration0001Settings: Migration = {
  version: 1,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
