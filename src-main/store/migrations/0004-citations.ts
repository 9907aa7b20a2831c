import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * The citation library: sources cited in letters, kept on this computer and reused across letters.
 * `search_text` holds the normalised words of every field, so a search is one indexed-free LIKE over one column.
 */
export const migration0004Citations: Migration = {
  version: 4,
  name: 'citations',
  up(db) {
    db.exec(`
      CREATE TABLE citations (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        author TEXT NOT NULL,
        publisher TEXT NOT NULL,
        date TEXT NOT NULL,
        url TEXT NOT NULL,
        archived_url TEXT NOT NULL,
        notes TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (length(title) + length(url) > 0)
      ) STRICT;

      CREATE INDEX citations_by_url ON citations (url);
    `);
  },
};
