import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { NOTE_REFERENCE_NODE } from '../../../src-common/notes/notes-doc';
import { numberNotes } from '../../../src-common/notes/numbering';
import { changedRangeOf } from './changed-range';

// The numbers of note references, kept apart from the node (which needs the DOM) so they can be tested under Node.

/** The note ids referred to in a document, in reading order. */
export function noteReferencesIn(doc: ProseMirrorNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    const noteId: unknown = node.attrs.noteId;
    if (node.type.name === NOTE_REFERENCE_NODE && typeof noteId === 'string') {
      ids.push(noteId);
    }
    return true;
  });
  return ids;
}

/** The numbering plugin's state. */
export interface NumberingState {
  /** The note ids referred to, in reading order: the same array until a reference is added, removed or moved. */
  ids: readonly string[];
  decorations: DecorationSet;
}

/** The numbering plugin's key. */
export const numberingKey = new PluginKey<NumberingState>('noteNumbering');

/** The note ids referred to in the editor's document, in reading order; the same array while they stay the same. */
export function noteReferenceIds(state: EditorState): readonly string[] {
  return numberingKey.getState(state)?.ids ?? noteReferencesIn(state.doc);
}

// Numbers are not stored: they are the order of first appearance, recomputed whenever a reference is added, removed
// or moved, so they follow text that is moved, cut and pasted, or arrives from a co-editor.
/** Numbers every reference of a document, reading it whole. */
export function noteNumbering(doc: ProseMirrorNode): NumberingState {
  const ids = noteReferencesIn(doc);
  const numbers = numberNotes(ids);
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    const noteId: unknown = node.attrs.noteId;
    if (node.type.name !== NOTE_REFERENCE_NODE || typeof noteId !== 'string') {
      return true;
    }
    const number = String(numbers.get(noteId) ?? '?');
    decorations.push(
      Decoration.node(position, position + node.nodeSize, {
        'data-number': number,
        'aria-label': `Note ${number}`,
      }),
    );
    return false;
  });
  return { ids, decorations: DecorationSet.create(doc, decorations) };
}

/**
 * The numbering after a transaction. A keystroke changes one paragraph: when the stretch it changed held no
 * reference before and holds none after, the numbers stay and the decorations only move with the text after it.
 */
export function nextNumbering(tr: Transaction, previous: NumberingState): NumberingState {
  const change = changedRangeOf(tr);
  if (!change) {
    return previous;
  }
  if (
    hasReferenceBetween(tr.before, change.from, change.toOld) ||
    hasReferenceBetween(tr.doc, change.from, change.toNew)
  ) {
    return noteNumbering(tr.doc);
  }
  return { ids: previous.ids, decorations: previous.decorations.map(change.mapping, tr.doc) };
}

function hasReferenceBetween(doc: ProseMirrorNode, from: number, to: number): boolean {
  if (to <= from) {
    return false;
  }
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (found) {
      return false;
    }
    if (node.type.name === NOTE_REFERENCE_NODE) {
      found = true;
    }
    // Only nodes that can hold a reference are worth descending into.
    return !node.isLeaf && !node.isAtom;
  });
  return found;
}
