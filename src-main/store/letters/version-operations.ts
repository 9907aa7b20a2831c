import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { z } from 'zod';
import { ApiFailure } from '../../../src-common/api/errors';
import type { VersionSummary } from '../../../src-common/api/versions-schemas';
import { BODY_FIELD, readLetterMeta, type LetterMeta } from '../../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import { readSettings } from '../settings';
import { letterState } from './letter-log';
import { getLetterRow } from './letter-rows';

const rowSchema = z.object({
  id: z.number(),
  letter_id: z.string(),
  label: z.string(),
  created_at: z.number(),
  created_by: z.string(),
});

const COLUMNS = 'id, letter_id, label, created_at, created_by';

function toSummary(row: unknown): VersionSummary {
  const parsed = rowSchema.parse(row);
  return {
    id: parsed.id,
    letterId: parsed.letter_id,
    label: parsed.label,
    createdAt: parsed.created_at,
    createdBy: parsed.created_by,
  };
}

/** Names the letter as the store holds it now; the person's display name records who did. */
export function saveVersion(
  db: Database,
  { letterId, label }: { letterId: string; label: string },
): VersionSummary {
  getLetterRow(db, letterId);
  const createdBy = readSettings(db).displayName;
  const result = db
    .prepare(
      'INSERT INTO letter_versions (letter_id, label, state, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
    )
    .run(letterId, label, letterState(db, letterId), Date.now(), createdBy);
  return getVersion(db, Number(result.lastInsertRowid));
}

/** A letter's named versions, newest first. */
export function listVersions(db: Database, { letterId }: { letterId: string }): VersionSummary[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM letter_versions WHERE letter_id = ? ORDER BY created_at DESC, id DESC`)
    .all(letterId)
    .map(toSummary);
}

/** A named version's text and metadata, for reading and comparing. */
export function openVersion(
  db: Database,
  { id }: { id: number },
): { version: VersionSummary; meta: LetterMeta; body: ProseMirrorJson } {
  const version = getVersion(db, id);
  const stateRow = z
    .object({ state: z.instanceof(Uint8Array) })
    .parse(db.prepare('SELECT state FROM letter_versions WHERE id = ?').get(id));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stateRow.state);
  const opened = { version, meta: readLetterMeta(doc), body: bodyToJson(doc.getXmlFragment(BODY_FIELD)) };
  doc.destroy();
  return opened;
}

function getVersion(db: Database, id: number): VersionSummary {
  const row: unknown = db.prepare(`SELECT ${COLUMNS} FROM letter_versions WHERE id = ?`).get(id);
  if (row === undefined) {
    throw new ApiFailure('not-found', 'This version no longer exists.');
  }
  return toSummary(row);
}
