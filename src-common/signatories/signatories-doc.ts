import * as Y from 'yjs';
import { signatorySchema, type Signatory, type SignatoryStatus } from './signatory';
import { newPlaceFields, PLACE_KEYS, storedPlace } from './stored-place';
import { memoOnType } from '../letter/type-memo';
import { canonicalSignatory } from './stored-signatory';

/** The Y.Map of a letter's signatories, keyed by id; each value is a Y.Map of the entry's fields. */
export const SIGNATORIES_FIELD = 'signatories';

/** A change of status, kept so a withdrawal (or a return) is never silently lost. */
export interface StatusChange {
  status: SignatoryStatus;
  on: string;
  by: string;
}

/** The letter's signatory map. */
export function signatoriesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(SIGNATORIES_FIELD);
}

/**
 * Adds entries in one transaction. Each field is its own value, so two co-editors changing different fields (or
 * the same entry's status, last one wins) merge without conflict.
 */
export function addSignatories(doc: Y.Doc, entries: readonly Signatory[]): void {
  const signatories = signatoriesMap(doc);
  doc.transact(() => {
    for (const entry of entries) {
      // Filled once in the document, not before: a map filled before it is added first keeps its fields in a
      // JavaScript map of its own, a cost that shows on a list of 100,000. The document's content is the same.
      const fields = signatories.set(entry.id, new Y.Map<unknown>());
      for (const [key, value] of Object.entries(entry)) {
        if (!isDefault(key, value) && !PLACE_KEYS.has(key)) {
          fields.set(key, Array.isArray(value) ? [...value] : value);
        }
      }
      for (const [key, value] of newPlaceFields(entry)) {
        fields.set(key, value);
      }
      fields.set('history', new Y.Array<StatusChange>());
    }
  });
}

/**
 * The id is the entry's key, and a field left at its schema default reads back the same when absent: storing
 * neither keeps a long list small (half the items of an imported list of 200,000).
 */
function isDefault(key: string, value: unknown): boolean {
  return key === 'id' || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Every valid entry of the list; an entry a newer app wrote in a shape this one does not know is skipped, not lost.
 * An entry an older app wrote has its place read from its text (see stored-place.ts). Each entry is checked against
 * the schema, since a co-editor's or an older app's change reaches the doc unchecked (one already in the schema's
 * form, as this app writes it, in a few comparisons: stored-signatory.ts); the list read is remembered
 * until the next change to it (the side panel, the status bar and the count check all read it as a letter opens),
 * so it is frozen: callers copy it to sort or change it.
 */
export const readSignatories: (doc: Y.Doc) => readonly Signatory[] = memoOnType(signatoriesMap, (doc) =>
  Object.freeze(
    [...signatoriesMap(doc).entries()].flatMap(([id, fields]) => {
      const stored = fields.toJSON();
      const read = { ...stored, ...storedPlace(stored), id };
      const entry = canonicalSignatory(read) ?? parsedSignatory(read);
      return entry ? [Object.freeze(entry)] : [];
    }),
  ),
);

function parsedSignatory(read: Readonly<Record<string, unknown>>): Signatory | null {
  const parsed = signatorySchema.safeParse(read);
  return parsed.success ? parsed.data : null;
}

/** Sets the status of some entries, recording each change with its date and who made it. */
export function setSignatoryStatus(
  doc: Y.Doc,
  ids: readonly string[],
  status: SignatoryStatus,
  on: string,
  by: string,
): void {
  doc.transact(() => {
    for (const id of ids) {
      const fields = signatoriesMap(doc).get(id);
      if (!fields || fields.get('status') === status) {
        continue;
      }
      fields.set('status', status);
      if (status === 'confirmed') {
        fields.set('confirmedOn', on);
      }
      const history = fields.get('history');
      if (history instanceof Y.Array) {
        history.push([{ status, on, by }]);
      }
    }
  });
}

/** The status changes of one entry, oldest first. */
export function statusHistory(doc: Y.Doc, id: string): StatusChange[] {
  const history = signatoriesMap(doc).get(id)?.get('history');
  return history instanceof Y.Array ? history.toArray().filter(isStatusChange) : [];
}

function isStatusChange(value: unknown): value is StatusChange {
  return typeof value === 'object' && value !== null && 'status' in value && 'on' in value && 'by' in value;
}

/** The Y.Map of clean-up suggestions a person dismissed, by suggestion id, so they are not offered again. */
export const DISMISSED_FIELD = 'dismissedSuggestions';

/** Remembers dismissed suggestions with the letter (shared, so a co-editor is not asked again either). */
export function dismissSuggestions(doc: Y.Doc, ids: readonly string[]): void {
  const dismissed = doc.getMap<boolean>(DISMISSED_FIELD);
  doc.transact(() => ids.forEach((id) => dismissed.set(id, true)));
}

/** The suggestions dismissed on this letter. */
export function dismissedSuggestions(doc: Y.Doc): Set<string> {
  return new Set(doc.getMap<boolean>(DISMISSED_FIELD).keys());
}
