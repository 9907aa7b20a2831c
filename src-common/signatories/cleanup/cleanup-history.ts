import type * as Y from 'yjs';
import { cleanupRecordSchema, type CleanupRecord } from './cleanup-record';
import { signatoriesMap } from '../signatories-doc';

/**
 * The field of a signatory's Y.Map that keeps its clean-up records, beside its status history. Records are written
 * once, when the signatory is added from a pasted or imported list, so the field is one plain array (a Y.Array per
 * signatory would double the size of a long imported list); a later record is added by writing the field anew.
 */
export const CLEANUP_FIELD = 'cleanup';

/** Keeps clean-up records with the signatories they made, by signatory id, in one transaction. */
export function recordCleanups(doc: Y.Doc, records: ReadonlyMap<string, readonly CleanupRecord[]>): void {
  if (records.size === 0) {
    return;
  }
  const signatories = signatoriesMap(doc);
  doc.transact(() => {
    for (const [id, added] of records) {
      const fields = signatories.get(id);
      if (!fields || added.length === 0) {
        continue;
      }
      const existing = fields.get(CLEANUP_FIELD);
      fields.set(CLEANUP_FIELD, [...(Array.isArray(existing) ? existing : []), ...added]);
    }
  });
}

/** The clean-up records of one signatory, oldest first; a record in a shape this app does not know is skipped. */
export function cleanupHistory(doc: Y.Doc, id: string): CleanupRecord[] {
  const kept: unknown = signatoriesMap(doc).get(id)?.get(CLEANUP_FIELD);
  if (!Array.isArray(kept)) {
    return [];
  }
  return kept.flatMap((value: unknown) => {
    const parsed = cleanupRecordSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The other spellings merged into a signatory, which the directory keeps as aliases of its entry. */
export function mergedSpellings(doc: Y.Doc, id: string): string[] {
  return cleanupHistory(doc, id).flatMap((record) =>
    record.kind === 'merged' && record.alias !== undefined ? [record.alias] : [],
  );
}
