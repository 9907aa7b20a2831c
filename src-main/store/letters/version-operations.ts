import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { z } from 'zod';
import { ApiFailure } from '../../../src-common/api/errors';
import { VERSION_KINDS, type VersionSummary } from '../../../src-common/api/versions-schemas';
import { BODY_FIELD, readLetterMeta, type LetterMeta } from '../../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import { readSettings } from '../settings';
import { letterState } from './letter-log';
import { getLetterRow } from './letter-rows';
import { versionsToThin } from './version-thinning';

const rowSchema = z.object({
  id: z.number(),
  letter_id: z.string(),
  label: z.string(),
  kind: z.enum(VERSION_KINDS),
  created_at: z.number(),
  created_by: z.string(),
});

const COLUMNS = 'id, letter_id, label, kind, created_at, created_by';

function toSummary(row: unknown): VersionSummary {
  const parsed = rowSchema.parse(row);
  return {
    id: parsed.id,
    letterId: parsed.letter_id,
    label: parsed.label,
    kind: parsed.kind,
    createdAt: parsed.created_at,
    createdBy: parsed.created_by,
  };
}

/**
 * Keeps the letter as the store holds it now, named by a person or saved by the app (`automatic`); the person's
 * display name records who did. Saving an automatic version thins the older automatic ones.
 */
export function saveVersion(
  db: Database,
  { letterId, label, kind = 'named' }: { letterId: string; label: string; kind?: VersionSummary['kind'] },
): VersionSummary {
  getLetterRow(db, letterId);
  const createdBy = readSettings(db).displayName;
  const now = Date.now();
  const result = db
    .prepare(
      'INSERT INTO letter_versions (letter_id, label, kind, state, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(letterId, label, kind, letterState(db, letterId), now, createdBy);
  if (kind === 'automatic') {
    thinAutomaticVersions(db, letterId, now);
  }
  return getVersion(db, Number(result.lastInsertRowid));
}

/** Deletes the automatic versions that {@link versionsToThin} lets go; named versions are never touched. */
export function thinAutomaticVersions(db: Database, letterId: string, now: number): number {
  const automatic = z
    .array(z.object({ id: z.number(), created_at: z.number() }))
    .parse(
      db
        .prepare("SELECT id, created_at FROM letter_versions WHERE letter_id = ? AND kind = 'automatic'")
        .all(letterId),
    )
    .map((row) => ({ id: row.id, createdAt: row.created_at }));
  const remove = db.prepare("DELETE FROM letter_versions WHERE id = ? AND kind = 'automatic'");
  const thinned = versionsToThin(automatic, now);
  for (const id of thinned) {
    remove.run(id);
  }
  return thinned.length;
}

/** A letter's versions, named and automatic, newest first. */
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
