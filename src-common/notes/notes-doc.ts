import * as Y from 'yjs';

/** The Y.Map of notes, keyed by note id; each value is a Y.Map of the note's fields. */
export const NOTES_FIELD = 'notes';

/** The name of the body's inline node that refers to a note. */
export const NOTE_REFERENCE_NODE = 'noteReference';

/** The plain-text fields of a note besides its text. */
export const NOTE_FIELDS = ['url', 'title', 'publisher', 'date', 'accessed'] as const;

/** One of {@link NOTE_FIELDS}. */
export type NoteField = (typeof NOTE_FIELDS)[number];

/** A note as read from the letter. */
export interface NoteRecord {
  id: string;
  text: string;
  url: string;
  title: string;
  publisher: string;
  date: string;
  accessed: string;
}

/** The notes map of a letter. */
export function notesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(NOTES_FIELD);
}

/**
 * Adds a note. Its text is a Y.Text so that two people editing one note merge character by character; the other
 * fields are plain values (last writer wins, as for a form field).
 */
export function addNote(doc: Y.Doc, id: string, fields: Partial<Omit<NoteRecord, 'id'>> = {}): void {
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    note.set('text', new Y.Text(fields.text ?? ''));
    for (const field of NOTE_FIELDS) {
      note.set(field, fields[field] ?? '');
    }
    notesMap(doc).set(id, note);
  });
}

/** The note's text as a shared Y.Text, or null for a note that does not exist. */
export function noteText(doc: Y.Doc, id: string): Y.Text | null {
  const text = notesMap(doc).get(id)?.get('text');
  return text instanceof Y.Text ? text : null;
}

/** Sets one plain field of a note. */
export function setNoteField(doc: Y.Doc, id: string, field: NoteField, value: string): void {
  notesMap(doc).get(id)?.set(field, value);
}

/** Every note of the letter, in no particular order (numbering comes from the body). */
export function readNotes(doc: Y.Doc): NoteRecord[] {
  return [...notesMap(doc).entries()].map(([id, note]) => readNote(id, note));
}

/** Deletes notes for good (used by "Remove unused notes"). */
export function removeNotes(doc: Y.Doc, ids: readonly string[]): void {
  doc.transact(() => ids.forEach((id) => notesMap(doc).delete(id)));
}

function readNote(id: string, note: Y.Map<unknown>): NoteRecord {
  const text = note.get('text');
  const field = (name: NoteField): string => {
    const value = note.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    id,
    text: text instanceof Y.Text ? text.toString() : '',
    url: field('url'),
    title: field('title'),
    publisher: field('publisher'),
    date: field('date'),
    accessed: field('accessed'),
  };
}
