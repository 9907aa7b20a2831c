import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * The organization directory: organizations met across letters, kept on this computer only. Contacts (people,
 * e-mails, phone numbers) live here and never in a letter. `search_text` holds the folded name, aliases, country
 * and tags, so a search is one LIKE per word over one column. A merged entry leaves a redirect behind, so letters
 * that still link to it find the entry it was merged into.
 */
export const migration0005Directory: Migration = {
  version: 5,
  name: 'directory',
  up(db) {
    db.exec(`
      CREATE TABLE directory_entries (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
        parent_id TEXT REFERENCES directory_entries (id) ON DELETE SET NULL,
        country TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        search_text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;

      CREATE INDEX directory_entries_by_parent ON directory_entries (parent_id);

      CREATE TABLE directory_aliases (
        entry_id TEXT NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
        alias TEXT NOT NULL CHECK (length(trim(alias)) BETWEEN 1 AND 300),
        PRIMARY KEY (entry_id, alias)
      ) STRICT;

      CREATE TABLE directory_contacts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        CHECK (length(name) + length(email) + length(phone) > 0)
      ) STRICT;

      CREATE INDEX directory_contacts_by_entry ON directory_contacts (entry_id);

      CREATE TABLE directory_letters (
        entry_id TEXT NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
        letter_id TEXT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('invited', 'confirmed', 'declined', 'withdrawn')),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (entry_id, letter_id)
      ) STRICT;

      CREATE INDEX directory_letters_by_letter ON directory_letters (letter_id);

      CREATE TABLE directory_redirects (
        old_id TEXT PRIMARY KEY NOT NULL,
        entry_id TEXT NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE
      ) STRICT;

      CREATE INDEX directory_redirects_by_entry ON directory_redirects (entry_id);
    `);
  },
};
