import type { Database } from 'better-sqlite3';
import type { DirectoryEntry } from '../../../src-common/api/directory-schemas';
import { ApiFailure } from '../../../src-common/api/errors';
import { insertAliases } from './directory-operations';
import { readEntry, refreshSearchText } from './directory-rows';

/**
 * Merges two entries for the same organization into the kept one: the other's name becomes an alias, and its
 * aliases, contacts, letters signed, tags and chapters move over; the kept entry's own country and website win
 * unless empty. The merged id redirects to the kept entry, so letters linked to it still find their organization.
 */
export function mergeDirectoryEntries(
  db: Database,
  { keepId, mergeId }: { keepId: string; mergeId: string },
): DirectoryEntry {
  const keep = readEntry(db, keepId);
  const merged = readEntry(db, mergeId);
  if (keep.id === merged.id) {
    throw new ApiFailure('invalid-request', 'These are already the same organization.');
  }
  insertAliases(db, keep.id, keep.name, [merged.name, ...merged.aliases]);
  moveRows(db, keep.id, merged.id);
  const tags = [...new Set([...keep.tags, ...merged.tags])];
  // A kept chapter of the merged entry moves up to the merged entry's parent, so no chapter points at itself.
  const parentId =
    keep.parentId === merged.id ? merged.parentId : (keep.parentId ?? mergedParent(keep, merged));
  db.prepare(
    'UPDATE directory_entries SET parent_id = ?, country = ?, website = ?, tags = ? WHERE id = ?',
  ).run(
    parentId,
    keep.country || merged.country,
    keep.website || merged.website,
    JSON.stringify(tags),
    keep.id,
  );
  db.prepare('DELETE FROM directory_entries WHERE id = ?').run(merged.id);
  refreshSearchText(db, keep.id);
  return readEntry(db, keep.id);
}

function mergedParent(keep: DirectoryEntry, merged: DirectoryEntry): string | null {
  return merged.parentId === keep.id ? null : merged.parentId;
}

function moveRows(db: Database, keepId: string, mergeId: string): void {
  db.prepare('UPDATE directory_contacts SET entry_id = ? WHERE entry_id = ?').run(keepId, mergeId);
  // Where both were on the same letter, the kept entry's status stands.
  db.prepare(
    `INSERT OR IGNORE INTO directory_letters (entry_id, letter_id, status, updated_at)
     SELECT ?, letter_id, status, updated_at FROM directory_letters WHERE entry_id = ?`,
  ).run(keepId, mergeId);
  db.prepare('UPDATE directory_entries SET parent_id = ? WHERE parent_id = ? AND id <> ?').run(
    keepId,
    mergeId,
    keepId,
  );
  db.prepare('UPDATE directory_redirects SET entry_id = ? WHERE entry_id = ?').run(keepId, mergeId);
  db.prepare('INSERT OR REPLACE INTO directory_redirects (old_id, entry_id) VALUES (?, ?)').run(
    mergeId,
    keepId,
  );
}
