import { useEffect, useRef } from 'react';
import * as Y from 'yjs';
import { META_FIELD, updateLetterMeta } from '../../src-common/letter/letter-doc';
import { useLetterMeta } from '../letter/use-letter-meta';

/** The letter's count of signatories not listed by name, with this person's own changes to it undoable. */
export interface UnlistedCount {
  count: number;
  change(count: number): void;
  /** Undoes this person's last change of the count (never a co-editor's); false when there is none. */
  undo(): boolean;
  redo(): boolean;
}

interface History {
  /** Marks the changes made here, the only ones the history holds. */
  origin: object;
  manager: Y.UndoManager;
}

/**
 * Follows and changes `unlistedSignatories`. The letter text's undo covers the text alone, so the count keeps an
 * undo history of its own, of the changes made in this field, as the text's undo keeps only this person's edits.
 */
export function useUnlistedCount(doc: Y.Doc): UnlistedCount {
  const { unlistedSignatories } = useLetterMeta(doc);
  // Made in an effect, so a development double mount destroys the history it made and no other.
  const history = useRef<History | null>(null);
  useEffect(() => {
    const origin = { field: 'unlistedSignatories' };
    const made = {
      origin,
      manager: new Y.UndoManager(doc.getMap(META_FIELD), { trackedOrigins: new Set([origin]) }),
    };
    history.current = made;
    return () => {
      made.manager.destroy();
      history.current = null;
    };
  }, [doc]);
  return {
    count: unlistedSignatories,
    change: (count) => updateLetterMeta(doc, { unlistedSignatories: count }, history.current?.origin ?? null),
    undo: () => (history.current?.manager.undo() ?? null) !== null,
    redo: () => (history.current?.manager.redo() ?? null) !== null,
  };
}
