import type * as Y from 'yjs';
import type { Citation, CitationInput } from '../../src-common/api/citations-schemas';
import { noteText, setNoteField, type NoteRecord } from '../../src-common/notes/notes-doc';
import { textEdit } from '../../src-common/notes/text-edit';

/** Writes a note's new text as the one small edit it is, so it merges with a co-editor's typing in the same note. */
export function replaceNoteText(doc: Y.Doc, noteId: string, value: string): void {
  const shared = noteText(doc, noteId);
  const edit = shared ? textEdit(shared.toString(), value) : null;
  if (!shared || !edit) {
    return;
  }
  doc.transact(() => {
    shared.delete(edit.at, edit.remove);
    shared.insert(edit.at, edit.insert);
  });
}

/** Fills a note from a library source: its fields, and its text when the note has none yet. */
export function fillFromCitation(doc: Y.Doc, note: NoteRecord, citation: Citation): void {
  doc.transact(() => {
    setNoteField(doc, note.id, 'title', citation.title);
    setNoteField(doc, note.id, 'publisher', citation.publisher);
    setNoteField(doc, note.id, 'date', citation.date);
    setNoteField(doc, note.id, 'url', citation.url);
    if (note.text.trim() === '') {
      replaceNoteText(doc, note.id, citationText(citation));
    }
  });
}

/** A library source from a note: its title, or else the start of its text. */
export function citationFromNote(note: NoteRecord): CitationInput {
  const title = note.title || note.text.split('\n')[0]?.slice(0, 300) || '';
  return {
    title,
    author: '',
    publisher: note.publisher,
    date: note.date,
    url: note.url.trim(),
    archivedUrl: '',
    notes: '',
  };
}

function citationText(citation: Citation): string {
  const described = [
    citation.author,
    citation.title ? `“${citation.title}”` : '',
    citation.publisher,
    citation.date,
  ]
    .filter(Boolean)
    .join(', ');
  return [described, citation.url].filter(Boolean).join('. ');
}
