import * as Y from 'yjs';
import { cleanupRecordSchema, type CleanupRecord } from './cleanup-record';
import { signatoriesMap } from './signatories-doc';

/**
 * The field of a signatory's Y.Map that keeps its clean-up records, beside its status history: a Y.Array, so
 * records co-editors add at the same time both stay.
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
      const kept = existing instanceof Y.Array ? existing : fields.set(CLEANUP_FIELD, new Y.Array<unknown>());
      kept.push(added.map((record) => ({ ...record })));
    }
  });
}

/** The clean-up records of one signatory, oldest first; a record in a shape this app does not know is skipped. */
export function cleanupHistory(doc: Y.Doc, id: string): CleanupRecord[] {
  const kept = signatoriesMap(doc).get(id)?.get(CLEANUP_FIELD);
  if (!(kept instanceof Y.Array)) {
    return [];
  }
  return kept.toArray().flatMap((value) => {
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
