import * as Y from 'yjs';
import type { ProseMirrorJson } from '../letter/prosemirror-json';
import { NOTE_REFERENCE_NODE } from './notes-doc';

/** The note ids the body refers to, in reading order, repeats included. */
export function collectNoteReferences(body: ProseMirrorJson): string[] {
  const ids: string[] = [];
  const visit = (node: ProseMirrorJson): void => {
    const noteId = node.attrs?.noteId;
    if (node.type === NOTE_REFERENCE_NODE && typeof noteId === 'string') {
      ids.push(noteId);
    }
    node.content?.forEach(visit);
  };
  visit(body);
  return ids;
}

/**
 * The note ids the body refers to, in reading order, read from the shared body itself: the same ids as
 * `collectNoteReferences(bodyToJson(body))`, without turning every paragraph's text into JSON only to skip it (on a
 * letter of 100,000 paragraphs that took seconds).
 */
export function collectNoteReferencesIn(body: Y.XmlFragment): string[] {
  const ids: string[] = [];
  const visit = (children: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): void => {
    for (const child of children) {
      if (!(child instanceof Y.XmlElement)) {
        continue;
      }
      const noteId: unknown = child.getAttribute('noteId');
      if (child.nodeName === NOTE_REFERENCE_NODE && typeof noteId === 'string') {
        ids.push(noteId);
      }
      visit(child.toArray());
    }
  };
  visit(body.toArray());
  return ids;
}

/**
 * Numbers notes by their first reference in the body: 1, 2, 3… in reading order. Two references to one note
 * share its number.
 */
export function numberNotes(referenceIds: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of referenceIds) {
    if (!numbers.has(id)) {
      numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}

/** Notes nobody refers to any more, and references to notes that do not exist. */
export interface NoteReferenceCheck {
  unused: string[];
  missing: string[];
}

/**
 * Compares references with notes. A note whose last reference was deleted is kept (cut-and-paste, or a
 * co-editor's edit, must not lose it), only reported as unused.
 */
export function checkNoteReferences(
  referenceIds: readonly string[],
  noteIds: readonly string[],
): NoteReferenceCheck {
  const referenced = new Set(referenceIds);
  const existing = new Set(noteIds);
  return {
    unused: noteIds.filter((id) => !referenced.has(id)),
    missing: [...referenced].filter((id) => !existing.has(id)),
  };
}
