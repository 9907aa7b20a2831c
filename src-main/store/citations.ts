import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Citation, CitationInput } from '../../src-common/api/citations-schemas';
import { ApiFailure } from '../../src-common/api/errors';
import { foldForSearch } from '../../src-common/text/fold';

const rowSchema = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string(),
  publisher: z.string(),
  date: z.string(),
  url: z.string(),
  archived_url: z.string(),
  notes: z.string(),
  updated_at: z.number(),
});

const COLUMNS = 'id, title, author, publisher, date, url, archived_url, notes, updated_at';

function toCitation(row: unknown): Citation {
  const parsed = rowSchema.parse(row);
  return {
    id: parsed.id,
    title: parsed.title,
    author: parsed.author,
    publisher: parsed.publisher,
    date: parsed.date,
    url: parsed.url,
    archivedUrl: parsed.archived_url,
    notes: parsed.notes,
    updatedAt: parsed.updated_at,
  };
}

/** Sources whose fields contain every word of the query (case and accents ignored), most recently used first. */
export function searchCitations(
  db: Database,
  { query, limit }: { query: string; limit: number },
): Citation[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const where = words.map(() => "search_text LIKE ? ESCAPE '\\'").join(' AND ') || '1';
  const patterns = words.map((word) => `%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`);
  return db
    .prepare(`SELECT ${COLUMNS} FROM citations WHERE ${where} ORDER BY updated_at DESC LIMIT ?`)
    .all(...patterns, limit)
    .map(toCitation);
}

/**
 * Adds a source to the library, or updates it: by id when given, else the entry with the same URL, so saving the
 * same report from two letters keeps one entry.
 */
export function saveCitation(
  db: Database,
  { id, citation }: { id?: string | undefined; citation: CitationInput },
): Citation {
  if (citation.title === '' && citation.url === '') {
    throw new ApiFailure('invalid-request', 'A source needs at least a title or a web address.');
  }
  const existing = id ?? findByUrl(db, citation.url);
  const now = Date.now();
  const values = [
    citation.title,
    citation.author,
    citation.publisher,
    citation.date,
    citation.url,
    citation.archivedUrl,
    citation.notes,
    searchText(citation),
    now,
  ];
  if (existing && db.prepare('SELECT 1 FROM citations WHERE id = ?').get(existing)) {
    db.prepare(
      `UPDATE citations SET title = ?, author = ?, publisher = ?, date = ?, url = ?, archived_url = ?, notes = ?, search_text = ?, updated_at = ? WHERE id = ?`,
    ).run(...values, existing);
    return getCitation(db, existing);
  }
  const newId = randomBytes(12).toString('base64url');
  db.prepare(
    `INSERT INTO citations (title, author, publisher, date, url, archived_url, notes, search_text, updated_at, id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...values, newId, now);
  return getCitation(db, newId);
}

function findByUrl(db: Database, url: string): string | undefined {
  if (url === '') {
    return undefined;
  }
  const row = z
    .object({ id: z.string() })
    .safeParse(db.prepare('SELECT id FROM citations WHERE url = ?').get(url));
  return row.success ? row.data.id : undefined;
}

function getCitation(db: Database, id: string): Citation {
  return toCitation(db.prepare(`SELECT ${COLUMNS} FROM citations WHERE id = ?`).get(id));
}

function searchText(citation: CitationInput): string {
  return foldForSearch(
    [citation.title, citation.author, citation.publisher, citation.date, citation.url, citation.notes].join(
      ' ',
    ),
  );
}

/** The library's https addresses, so a note citing one of them over http can be told to use https. */
export function secureCitationUrls(db: Database, _: Record<string, never>): string[] {
  return db
    .prepare("SELECT DISTINCT url FROM citations WHERE url LIKE 'https://%'")
    .all()
    .flatMap((row) => {
      const parsed = z.object({ url: z.string() }).safeParse(row);
      return parsed.success ? [parsed.data.url] : [];
    });
}
