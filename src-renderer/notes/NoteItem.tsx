import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { Citation } from '../../src-common/api/citations-schemas';
import { messageOf } from '../api/message-of';
import type { UrlIssue } from '../../src-common/notes/url-checks';
import { CitationPicker } from './CitationPicker';
import { NoteUrlIssues } from './NoteUrlIssues';
import { citationFromNote, fillFromCitation, replaceNoteText } from './note-edits';
import type * as Y from 'yjs';
import { NOTE_REFERENCE_NODE, setNoteField, type NoteRecord } from '../../src-common/notes/notes-doc';
import { useApi } from '../api/api-context';

interface NoteItemProps {
  doc: Y.Doc;
  editor: Editor | null;
  note: NoteRecord;
  /** The note's number, or null when nothing refers to it. */
  number: number | null;
  /** What is wrong with the note's addresses. */
  urlIssues: readonly UrlIssue[];
}

/** One note: its number, its text and its source address, with a way back to where the text refers to it. */
export function NoteItem({ doc, editor, note, number, urlIssues }: NoteItemProps) {
  const api = useApi();
  const label = number === null ? 'Unused note' : `Note ${number}`;
  const [picking, setPicking] = useState(false);
  const [libraryMessage, setLibraryMessage] = useState<string | null>(null);
  const handleText = (value: string) => replaceNoteText(doc, note.id, value);
  const handlePick = (citation: Citation) => {
    fillFromCitation(doc, note, citation);
    setPicking(false);
  };
  const handleSaveToLibrary = async () => {
    try {
      await api.call('citations:save', { citation: citationFromNote(note) });
      setLibraryMessage('Saved to the library.');
    } catch (failure) {
      setLibraryMessage(messageOf(failure));
    }
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
      <NoteUrlIssues doc={doc} note={note} issues={urlIssues} />
      <label className="note-url">
        <span>Source address</span>
        <input
          type="url"
          value={note.url}
          placeholder="https://"
          onChange={(event) => setNoteField(doc, note.id, 'url', event.target.value)}
        />
      </label>
      <div className="note-actions">
        <button
          type="button"
          className="link-button small-text"
          aria-expanded={picking}
          onClick={() => setPicking(!picking)}
        >
          Fill from library…
        </button>
        <button
          type="button"
          className="link-button small-text"
          onClick={() => void handleSaveToLibrary()}
          disabled={!note.text && !note.url}
        >
          Save to library
        </button>
        {libraryMessage && (
          <span role="status" className="muted small-text">
            {libraryMessage}
          </span>
        )}
      </div>
      {picking && <CitationPicker onPick={handlePick} onClose={() => setPicking(false)} />}
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
