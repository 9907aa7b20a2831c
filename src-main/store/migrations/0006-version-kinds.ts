import type { Migration } from '../../../src-node/sqlite/migrations';

/** Versions saved by the app (after a pause in the editing, before a restore or a merge) beside the named ones. */
export const migration0006VersionKinds: Migration = {
  version: 6,
  name: 'version-kinds',
  up(db) {
    db.exec(`
      ALTER TABLE letter_versions ADD COLUMN kind TEXT NOT NULL DEFAULT 'named' CHECK (kind IN ('named', 'automatic'));
    `);
  },
};
