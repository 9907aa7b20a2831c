import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import {
  NOTE_REFERENCE_NODE,
  noteText,
  setNoteField,
  type NoteRecord,
} from '../../src-common/notes/notes-doc';
import { textEdit } from '../../src-common/notes/text-edit';

interface NoteItemProps {
  doc: Y.Doc;
  editor: Editor | null;
  note: NoteRecord;
  /** The note's number, or null when nothing refers to it. */
  number: number | null;
}

/** One note: its number, its text and its source address, with a way back to where the text refers to it. */
export function NoteItem({ doc, editor, note, number }: NoteItemProps) {
  const label = number === null ? 'Unused note' : `Note ${number}`;
  const handleText = (value: string) => {
    const shared = noteText(doc, note.id);
    const edit = shared ? textEdit(shared.toString(), value) : null;
    if (!shared || !edit) {
      return;
    }
    doc.transact(() => {
      shared.delete(edit.at, edit.remove);
      shared.insert(edit.at, edit.insert);
    });
  };

  return (
    <li className={number === null ? 'note unused' : 'note'} data-note-id={note.id}>
      <div className="note-header">
        <span className="note-number">{label}</span>
        {number !== null && editor && (
          <button
            type="button"
            className="link-button small-text"
            onClick={() => showReference(editor, note.id)}
          >
            Back to text
          </button>
        )}
      </div>
      <label className="visually-hidden" htmlFor={`note-text-${note.id}`}>
        Text of {label.toLowerCase()}
      </label>
      <textarea
        id={`note-text-${note.id}`}
        rows={3}
        value={note.text}
        dir="auto"
        placeholder="Text of the note"
        onChange={(event) => handleText(event.target.value)}
      />
      <label className="note-url">
        <span>Source address</span>
        <input
          type="url"
          value={note.url}
          placeholder="https://"
          onChange={(event) => setNoteField(doc, note.id, 'url', event.target.value)}
        />
      </label>
    </li>
  );
}

function showReference(editor: Editor, noteId: string): void {
  let found: number | null = null;
  editor.state.doc.descendants((node, position) => {
    if (found === null && node.type.name === NOTE_REFERENCE_NODE && node.attrs.noteId === noteId) {
      found = position;
    }
    return found === null;
  });
  if (found !== null) {
    editor.chain().focus().setNodeSelection(found).scrollIntoView().run();
  }
}
