import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Contact, DirectoryEntry } from '../../../src-common/api/directory-schemas';
import { ApiFailure } from '../../../src-common/api/errors';
import { SIGNATORY_STATUSES } from '../../../src-common/signatories/signatory';
import { foldForSearch } from '../../../src-common/text/fold';

const entryRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  parent_id: z.string().nullable(),
  parent_name: z.string().nullable(),
  country: z.string(),
  website: z.string(),
  tags: z.string(),
  updated_at: z.number(),
});

const contactRowSchema = z.object({ name: z.string(), email: z.string(), phone: z.string() });
const aliasRowSchema = z.object({ alias: z.string() });
const letterRowSchema = z.object({
  letter_id: z.string(),
  title: z.string(),
  status: z.enum(SIGNATORY_STATUSES),
});
const idRowSchema = z.object({ id: z.string() });

const ENTRY_SELECT = `SELECT e.id, e.name, e.parent_id, p.name AS parent_name, e.country, e.website, e.tags, e.updated_at
  FROM directory_entries e LEFT JOIN directory_entries p ON p.id = e.parent_id`;

/** The id an entry is known by now: itself, or the entry it was merged into. */
export function resolveEntryId(db: Database, id: string): string | null {
  const direct = idRowSchema.safeParse(db.prepare('SELECT id FROM directory_entries WHERE id = ?').get(id));
  if (direct.success) {
    return direct.data.id;
  }
  const redirect = z
    .object({ entry_id: z.string() })
    .safeParse(db.prepare('SELECT entry_id FROM directory_redirects WHERE old_id = ?').get(id));
  return redirect.success ? redirect.data.entry_id : null;
}

/** The entry with this id (or the one it was merged into); not-found when there is none. */
export function readEntry(db: Database, id: string): DirectoryEntry {
  const resolved = resolveEntryId(db, id);
  const row = resolved === null ? undefined : db.prepare(`${ENTRY_SELECT} WHERE e.id = ?`).get(resolved);
  if (row === undefined) {
    throw new ApiFailure('not-found', 'This organization is no longer in the directory.');
  }
  return toEntry(db, row);
}

/**
 * Entries whose name, aliases, country or tags contain every word of the query: those whose name starts with the
 * query first (what a person typing a name expects at the top), then alphabetically.
 */
export function searchEntries(db: Database, query: string, limit: number): DirectoryEntry[] {
  const folded = foldForSearch(query);
  const words = folded.split(' ').filter(Boolean);
  const where = words.map(() => "e.search_text LIKE ? ESCAPE '\\'").join(' AND ') || '1';
  const patterns = words.map((word) => `%${escapeLike(word)}%`);
  return db
    .prepare(
      `${ENTRY_SELECT} WHERE ${where}
       ORDER BY e.search_text LIKE ? ESCAPE '\\' DESC, e.name COLLATE NOCASE, e.country COLLATE NOCASE LIMIT ?`,
    )
    .all(...patterns, `${escapeLike(folded)}%`, limit)
    .map((row) => toEntry(db, row));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/** The contacts of one entry, in the order they were entered. */
export function readContacts(db: Database, id: string): Contact[] {
  return db
    .prepare('SELECT name, email, phone FROM directory_contacts WHERE entry_id = ? ORDER BY id')
    .all(id)
    .map((row) => contactRowSchema.parse(row));
}

/** The aliases of one entry, alphabetically. */
export function readAliases(db: Database, id: string): string[] {
  return db
    .prepare('SELECT alias FROM directory_aliases WHERE entry_id = ? ORDER BY alias COLLATE NOCASE')
    .all(id)
    .map((row) => aliasRowSchema.parse(row).alias);
}

/** Rewrites the folded words a search looks in, after the name, aliases, country or tags changed. */
export function refreshSearchText(db: Database, id: string): void {
  const row = entryRowSchema
    .pick({ name: true, country: true, tags: true })
    .parse(db.prepare('SELECT name, country, tags FROM directory_entries WHERE id = ?').get(id));
  const text = [row.name, ...readAliases(db, id), row.country, ...parseTags(row.tags)].join(' ');
  db.prepare('UPDATE directory_entries SET search_text = ?, updated_at = ? WHERE id = ?').run(
    foldForSearch(text),
    Date.now(),
    id,
  );
}

/** The tags column as a list; anything unexpected in it reads as no tags. */
export function parseTags(json: string): string[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

function toEntry(db: Database, row: unknown): DirectoryEntry {
  const parsed = entryRowSchema.parse(row);
  return {
    id: parsed.id,
    name: parsed.name,
    aliases: readAliases(db, parsed.id),
    parentId: parsed.parent_id,
    parentName: parsed.parent_name,
    country: parsed.country,
    website: parsed.website,
    tags: parseTags(parsed.tags),
    contacts: readContacts(db, parsed.id),
    lettersSigned: readLettersSigned(db, parsed.id),
    updatedAt: parsed.updated_at,
  };
}

function readLettersSigned(db: Database, id: string): DirectoryEntry['lettersSigned'] {
  return db
    .prepare(
      `SELECT s.letter_id, l.title, s.status FROM directory_letters s JOIN letters l ON l.id = s.letter_id
       WHERE s.entry_id = ? AND l.deleted_at IS NULL ORDER BY l.updated_at DESC`,
    )
    .all(id)
    .map((row) => {
      const parsed = letterRowSchema.parse(row);
      return { letterId: parsed.letter_id, title: parsed.title, status: parsed.status };
    });
}
