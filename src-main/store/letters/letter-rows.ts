import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { ApiFailure } from '../../../src-common/api/errors';
import type { LetterSummary } from '../../../src-common/api/letters-schemas';
import type * as Y from 'yjs';
import { openThreadCount } from '../../../src-common/comments/threads-doc';
import { LETTER_STATUSES, readLetterMeta, type LetterMeta } from '../../../src-common/letter/letter-doc';
import { readSignatories } from '../../../src-common/signatories/signatories-doc';
import { confirmedCount } from '../../../src-common/signatories/signatory';

const rowSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(LETTER_STATUSES),
  created_at: z.number(),
  updated_at: z.number(),
  deleted_at: z.number().nullable(),
  signatory_count: z.number(),
  open_comment_count: z.number(),
});

const COLUMNS = 'id, title, status, created_at, updated_at, deleted_at, signatory_count, open_comment_count';

function toSummary(row: unknown): LetterSummary {
  const parsed = rowSchema.parse(row);
  return {
    id: parsed.id,
    title: parsed.title,
    status: parsed.status,
    createdAt: parsed.created_at,
    updatedAt: parsed.updated_at,
    deletedAt: parsed.deleted_at,
    signatoryCount: parsed.signatory_count,
    openCommentCount: parsed.open_comment_count,
  };
}

/** Letters in or out of the trash, most recently edited first. */
export function listLetterRows(db: Database, trash: boolean): LetterSummary[] {
  const where = trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  return db
    .prepare(`SELECT ${COLUMNS} FROM letters WHERE ${where} ORDER BY updated_at DESC, id`)
    .all()
    .map(toSummary);
}

/** One letter's row; `not-found` when there is none. */
export function getLetterRow(db: Database, id: string): LetterSummary {
  const row: unknown = db.prepare(`SELECT ${COLUMNS} FROM letters WHERE id = ?`).get(id);
  if (row === undefined) {
    throw new ApiFailure(
      'not-found',
      'This letter is not on this computer (it may have been deleted for good).',
    );
  }
  return toSummary(row);
}

/** What the home screen shows of a letter, read from its Y.Doc. */
export interface LetterFacts {
  meta: LetterMeta;
  /**
   * Who signed: the confirmed signatories (chapters count as separate organizations) and those the letter counts
   * without listing them by name, as the count check counts.
   */
  signatoryCount: number;
  /** Comment threads neither resolved nor deleted. */
  openComments: number;
}

/** The facts of a letter's row, from the letter itself. */
export function letterFacts(doc: Y.Doc): LetterFacts {
  const meta = readLetterMeta(doc);
  return {
    meta,
    signatoryCount: confirmedCount(readSignatories(doc)) + meta.unlistedSignatories,
    openComments: openThreadCount(doc),
  };
}

/** Adds the row of a new letter. */
export function insertLetterRow(db: Database, id: string, facts: LetterFacts, now: number): LetterSummary {
  db.prepare(
    `INSERT INTO letters (id, title, status, created_at, updated_at, deleted_at, signatory_count, open_comment_count) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)`,
  ).run(id, facts.meta.title, facts.meta.status, now, now, facts.signatoryCount, facts.openComments);
  return getLetterRow(db, id);
}

/** Mirrors the letter's metadata, confirmed-signatory and open-comment counts into its row after an edit. */
export function touchLetterRow(db: Database, id: string, facts: LetterFacts, now: number): LetterSummary {
  db.prepare(
    'UPDATE letters SET title = ?, status = ?, signatory_count = ?, open_comment_count = ?, updated_at = ? WHERE id = ?',
  ).run(facts.meta.title, facts.meta.status, facts.signatoryCount, facts.openComments, now, id);
  return getLetterRow(db, id);
}

/** Moves a letter into the trash (a time) or out of it (null). */
export function setLetterDeletedAt(db: Database, id: string, deletedAt: number | null): LetterSummary {
  getLetterRow(db, id);
  db.prepare('UPDATE letters SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
  return getLetterRow(db, id);
}

/** Deletes for good the letters that have been in the trash longer than `olderThan` ms; returns how many. */
export function purgeTrashRows(db: Database, now: number, olderThan: number): number {
  return db
    .prepare('DELETE FROM letters WHERE deleted_at IS NOT NULL AND deleted_at < ?')
    .run(now - olderThan).changes;
}
