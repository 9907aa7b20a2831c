import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { notesMap, readNotes, type NoteRecord } from '../../src-common/notes/notes-doc';

/** The letter's notes, kept current as they change here or arrive from elsewhere. */
export function useNotes(doc: Y.Doc): NoteRecord[] {
  const [notes, setNotes] = useState(() => readNotes(doc));
  useEffect(() => {
    const map = notesMap(doc);
    const refresh = () => setNotes(readNotes(doc));
    map.observeDeep(refresh);
    refresh();
    return () => map.unobserveDeep(refresh);
  }, [doc]);
  return notes;
}
