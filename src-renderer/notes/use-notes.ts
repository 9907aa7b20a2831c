import type * as Y from 'yjs';
import { notesMap, readNotes, type NoteRecord } from '../../src-common/notes/notes-doc';
import { useDocValue, type DocValue } from '../letter/use-doc-value';

const NOTES: DocValue<NoteRecord[]> = { type: notesMap, read: readNotes };

/** The letter's notes, kept current as they change here or arrive from elsewhere. */
export function useNotes(doc: Y.Doc): NoteRecord[] {
  return useDocValue(doc, NOTES);
}
