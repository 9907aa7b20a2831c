import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type {
  Contact,
  DirectoryEntry,
  DirectoryEntryInput,
  DirectoryNamesRow,
} from '../../../src-common/api/directory-schemas';
import { ApiFailure } from '../../../src-common/api/errors';
import { directoryIdFinder } from '../../../src-common/signatories/cleanup/directory-names';
import type { SignatoryStatus } from '../../../src-common/signatories/signatory';
import {
  readAliases,
  readContacts,
  readEntry,
  refreshSearchText,
  resolveEntryId,
  searchEntries,
} from './directory-rows';

/** Entries matching a search (every word, case and accents ignored); an empty query lists them all. */
export function searchDirectory(
  db: Database,
  { query, limit }: { query: string; limit: number },
): DirectoryEntry[] {
  return searchEntries(db, query, limit);
}

/** One entry, by id or by the id of an entry merged into it. */
export function getDirectoryEntry(db: Database, { id }: { id: string }): DirectoryEntry {
  return readEntry(db, id);
}

/** Creates an entry, or replaces an existing one's fields, aliases and contacts with the ones given. */
export function saveDirectoryEntry(
  db: Database,
  { id, entry }: { id?: string | undefined; entry: DirectoryEntryInput },
): DirectoryEntry {
  const existing = id === undefined ? null : resolveEntryId(db, id);
  if (id !== undefined && existing === null) {
    throw new ApiFailure('not-found', 'This organization is no longer in the directory.');
  }
  const entryId = existing ?? randomBytes(12).toString('base64url');
  checkParent(db, entryId, entry.parentId);
  const values = [entry.name, entry.parentId, entry.country, entry.website, JSON.stringify(entry.tags)];
  const now = Date.now();
  if (existing === null) {
    db.prepare(
      `INSERT INTO directory_entries (name, parent_id, country, website, tags, id, search_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)`,
    ).run(...values, entryId, now, now);
  } else {
    db.prepare(
      'UPDATE directory_entries SET name = ?, parent_id = ?, country = ?, website = ?, tags = ? WHERE id = ?',
    ).run(...values, entryId);
  }
  db.prepare('DELETE FROM directory_aliases WHERE entry_id = ?').run(entryId);
  insertAliases(db, entryId, entry.name, entry.aliases);
  db.prepare('DELETE FROM directory_contacts WHERE entry_id = ?').run(entryId);
  insertContacts(db, entryId, entry.contacts);
  refreshSearchText(db, entryId);
  return readEntry(db, entryId);
}

/** Removes an entry with its aliases, contacts and letters signed; its chapters stay, without a parent. */
export function deleteDirectoryEntry(db: Database, { id }: { id: string }): { deleted: true } {
  const resolved = resolveEntryId(db, id);
  if (resolved === null) {
    throw new ApiFailure('not-found', 'This organization is no longer in the directory.');
  }
  db.prepare('DELETE FROM directory_entries WHERE id = ?').run(resolved);
  return { deleted: true };
}

/** Adds one more name an organization goes by (a spelling met in a pasted list, a translation). */
export function addDirectoryAlias(
  db: Database,
  { id, alias }: { id: string; alias: string },
): DirectoryEntry {
  const entry = readEntry(db, id);
  insertAliases(db, entry.id, entry.name, [alias]);
  refreshSearchText(db, entry.id);
  return readEntry(db, entry.id);
}

/** Every entry's names, place and parent, for the clean-up engine and for linking signatories by name. */
export function listDirectoryAliases(db: Database, _: Record<string, never>): DirectoryNamesRow[] {
  const aliases = new Map<string, string[]>();
  for (const row of db.prepare('SELECT entry_id, alias FROM directory_aliases').all()) {
    const parsed = z.object({ entry_id: z.string(), alias: z.string() }).parse(row);
    aliases.set(parsed.entry_id, [...(aliases.get(parsed.entry_id) ?? []), parsed.alias]);
  }
  const rowSchema = z.object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    parent_name: z.string().nullable(),
  });
  return db
    .prepare(
      `SELECT e.id, e.name, e.country, p.name AS parent_name
       FROM directory_entries e LEFT JOIN directory_entries p ON p.id = e.parent_id`,
    )
    .all()
    .map((row) => {
      const { id, name, country, parent_name: parentName } = rowSchema.parse(row);
      return { id, name, country, parentName, aliases: aliases.get(id) ?? [] };
    });
}

/**
 * The entry of this computer's directory for each signatory, in order: the one it links to (or that entry was
 * merged into), else the one its name and chapter find, else null. A co-editor's link to their own directory
 * therefore still finds the organization here by its name.
 */
export function resolveDirectoryEntries(
  db: Database,
  { signatories }: { signatories: { directoryId?: string | undefined; name: string; country: string }[] },
): (string | null)[] {
  const find = directoryIdFinder(listDirectoryAliases(db, {}));
  return signatories.map(
    (signatory) =>
      (signatory.directoryId === undefined ? null : resolveEntryId(db, signatory.directoryId)) ??
      find(signatory.name, signatory.country),
  );
}

/** The contacts of the given entries, keyed by the id asked for; ids no longer in the directory are left out. */
export function directoryContacts(
  db: Database,
  { ids }: { ids: string[] },
): { id: string; contacts: Contact[] }[] {
  return [...new Set(ids)].flatMap((id) => {
    const resolved = resolveEntryId(db, id);
    return resolved === null ? [] : [{ id, contacts: readContacts(db, resolved) }];
  });
}

/**
 * Records which directory organizations are on a letter's list and with which status, replacing what was recorded
 * for that letter before (an organization taken off the list is no longer shown as having signed it).
 */
export function recordLetterSignatures(
  db: Database,
  { letterId, signatures }: { letterId: string; signatures: { entryId: string; status: SignatoryStatus }[] },
): { recorded: number } {
  if (!db.prepare('SELECT 1 FROM letters WHERE id = ?').get(letterId)) {
    throw new ApiFailure('not-found', 'This letter is no longer on this computer.');
  }
  db.prepare('DELETE FROM directory_letters WHERE letter_id = ?').run(letterId);
  const insert = db.prepare(
    `INSERT INTO directory_letters (entry_id, letter_id, status, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entry_id, letter_id) DO UPDATE SET status = excluded.status`,
  );
  let recorded = 0;
  for (const signature of signatures) {
    const entryId = resolveEntryId(db, signature.entryId);
    if (entryId !== null) {
      insert.run(entryId, letterId, signature.status, Date.now());
      recorded += 1;
    }
  }
  return { recorded };
}

/** Adds aliases that differ from the entry's name and from each other (ignoring case). */
export function insertAliases(db: Database, entryId: string, name: string, aliases: readonly string[]): void {
  const known = new Set([name, ...readAliases(db, entryId)].map((text) => text.toLocaleLowerCase()));
  const insert = db.prepare('INSERT OR IGNORE INTO directory_aliases (entry_id, alias) VALUES (?, ?)');
  for (const alias of aliases) {
    const key = alias.toLocaleLowerCase();
    if (!known.has(key)) {
      known.add(key);
      insert.run(entryId, alias);
    }
  }
}

function insertContacts(db: Database, entryId: string, contacts: readonly Contact[]): void {
  const insert = db.prepare(
    'INSERT INTO directory_contacts (entry_id, name, email, phone) VALUES (?, ?, ?, ?)',
  );
  contacts.forEach((contact) => insert.run(entryId, contact.name, contact.email, contact.phone));
}

// A chapter's parent must exist and must not be the chapter itself or one of its own chapters.
function checkParent(db: Database, entryId: string, parentId: string | null): void {
  let current = parentId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (current === entryId) {
      throw new ApiFailure('invalid-request', 'An organization cannot be a chapter of itself.');
    }
    seen.add(current);
    const row = z
      .object({ parent_id: z.string().nullable() })
      .safeParse(db.prepare('SELECT parent_id FROM directory_entries WHERE id = ?').get(current));
    if (!row.success) {
      throw new ApiFailure('not-found', 'The parent organization is no longer in the directory.');
    }
    current = row.data.parent_id;
  }
}

/**
 * Puts many organizations of a letter's list into the directory at once, each as its name and country, with the
 * other spellings the list's clean-up merged into it as aliases. An organization already there under that name and
 * country (ignoring case) is not added again: it gains the aliases it lacks, and its id is returned.
 */
export function addDirectoryEntries(
  db: Database,
  { entries }: { entries: { name: string; country: string; tags: string[]; aliases?: string[] }[] },
): string[] {
  const existing = db.prepare(
    'SELECT id, name FROM directory_entries WHERE name = ? COLLATE NOCASE AND country = ? COLLATE NOCASE LIMIT 1',
  );
  return entries.map((entry) => {
    const found = z
      .object({ id: z.string(), name: z.string() })
      .safeParse(existing.get(entry.name, entry.country));
    const aliases = entry.aliases ?? [];
    if (found.success) {
      if (aliases.length > 0) {
        insertAliases(db, found.data.id, found.data.name, aliases);
        refreshSearchText(db, found.data.id);
      }
      return found.data.id;
    }
    const input = { ...entry, aliases, parentId: null, website: '', contacts: [] };
    return saveDirectoryEntry(db, { entry: input }).id;
  });
}
