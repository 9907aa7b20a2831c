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

// One history per open letter, kept while the letter is: the panel is drawn again each time its tab is chosen, and
// an undo must still reach a change made before. The manager ends itself when the letter's Y.Doc is destroyed.
const histories = new WeakMap<Y.Doc, History>();

function historyOf(doc: Y.Doc): History {
  const known = histories.get(doc);
  if (known) {
    return known;
  }
  const origin = { field: 'unlistedSignatories' };
  const made = {
    origin,
    manager: new Y.UndoManager(doc.getMap(META_FIELD), { trackedOrigins: new Set([origin]) }),
  };
  histories.set(doc, made);
  return made;
}

/**
 * Follows and changes `unlistedSignatories`. The letter text's undo covers the text alone, so the count keeps an
 * undo history of its own, of the changes made in this field, as the text's undo keeps only this person's edits.
 */
export function useUnlistedCount(doc: Y.Doc): UnlistedCount {
  const { unlistedSignatories } = useLetterMeta(doc);
  return {
    count: unlistedSignatories,
    change: (count) => updateLetterMeta(doc, { unlistedSignatories: count }, historyOf(doc).origin),
    undo: () => historyOf(doc).manager.undo() !== null,
    redo: () => historyOf(doc).manager.redo() !== null,
  };
}
