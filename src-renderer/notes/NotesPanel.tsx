import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { memo, useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { removeNotes } from '../../src-common/notes/notes-doc';
import { checkNoteReferences, numberNotes } from '../../src-common/notes/numbering';
import { noteReferenceIds } from '../editor/extensions/note-reference';
import { checkNoteUrls, findDuplicateUrls } from '../../src-common/notes/url-checks';
import { NoteItem } from './NoteItem';
import { NotesHeadingField } from './NotesHeadingField';
import { useNotes } from './use-notes';
import { useSecureUrls } from './use-secure-urls';
import { useApi } from '../api/api-context';
import { ErrorLine } from '../ui/ErrorLine';
import './notes.css';

interface NotesPanelProps {
  doc: Y.Doc;
  editor: Editor | null;
  /** A note to bring into view and focus (just inserted, or its reference was clicked). */
  focusNoteId: string | null;
}

/**
 * The letter's notes in number order, then the unused ones; references to missing notes are pointed out. Memoised:
 * it follows the notes and the references by itself, so a redraw of the screen around it leaves it be.
 */
export const NotesPanel = memo(function NotesPanel({ doc, editor, focusNoteId }: NotesPanelProps) {
  const api = useApi();
  const notes = useNotes(doc);
  const secureUrls = useSecureUrls(api);
  const references = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? noteReferenceIds(current.state).join(' ') : ''),
  });
  const numbers = useMemo(() => numberNotes(references ? references.split(' ') : []), [references]);
  const check = useMemo(
    () =>
      checkNoteReferences(
        [...numbers.keys()],
        notes.map((note) => note.id),
      ),
    [numbers, notes],
  );
  const urlIssues = useMemo(() => {
    const repeats = findDuplicateUrls(notes);
    return new Map(
      notes.map((note) => [
        note.id,
        [...checkNoteUrls(note.text, secureUrls), ...(repeats.get(note.id) ?? [])],
      ]),
    );
  }, [notes, secureUrls]);
  const ordered = useMemo(
    () => [...notes].sort((a, b) => (numbers.get(a.id) ?? Infinity) - (numbers.get(b.id) ?? Infinity)),
    [notes, numbers],
  );

  useEffect(() => {
    if (focusNoteId) {
      document.getElementById(`note-text-${focusNoteId}`)?.focus();
    }
  }, [focusNoteId, notes]);

  const heading = <NotesHeadingField doc={doc} />;
  if (notes.length === 0 && check.missing.length === 0) {
    return (
      <div className="notes">
        {heading}
        <p className="muted">
          No notes yet. Insert one with Ctrl+Alt+F or the Note button; notes number themselves.
        </p>
      </div>
    );
  }
  return (
    <div className="notes">
      {heading}
      {check.missing.length > 0 && <ErrorLine message={missingNoteWords(check.missing.length)} />}
      <ol className="note-list" aria-label="Notes">
        {ordered.map((note) => (
          <NoteItem
            key={note.id}
            doc={doc}
            editor={editor}
            note={note}
            number={numbers.get(note.id) ?? null}
            urlIssues={urlIssues.get(note.id) ?? []}
          />
        ))}
      </ol>
      {check.unused.length > 0 && (
        <button type="button" className="button small" onClick={() => removeNotes(doc, check.unused)}>
          Remove unused notes ({check.unused.length})
        </button>
      )}
    </div>
  );
});

function missingNoteWords(count: number): string {
  return `${count === 1 ? 'A reference points' : `${count} references point`} to a note that no longer exists.`;
}
