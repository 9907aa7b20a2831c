import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { CommentBubble } from '../comments/CommentBubble';
import { createLetterExtensions, type CaretPresence } from './extensions';
import { commentBubbleElement } from './extensions/comment-bubble';
import type { CommentMarkOptions } from './extensions/comment-mark';
import { FindBar } from './FindBar';
import { LinkDialog } from './LinkDialog';
import { Toolbar } from './Toolbar';
import { SuggestionsBar } from '../suggestions/SuggestionsBar';
import { useSuggestionAuthor } from '../suggestions/use-suggestion-author';
import './editor.css';

const NO_AUTHOR = { name: '', colour: '#6b7280' };

interface LetterEditorProps {
  doc: Y.Doc;
  /** Receives the editor once it exists, for panels that edit the letter (restoring a version). */
  onEditor(editor: Editor | null): void;
  /** Ctrl+Alt+F or the toolbar: make a note and refer to it at the cursor. */
  onInsertNote(editor: Editor): void;
  /** A reference was clicked: show its note. */
  onOpenNote(noteId: string): void;
  /** Co-editors' carets, when the letter is shared. */
  presence?: CaretPresence | null;
  /** A viewer's copy: the text cannot be changed. */
  readOnly?: boolean;
  /** How commented words look, and what Comment and a click on them do. */
  comments?: CommentMarkOptions | null;
  /** The person's name and colour, stamped on their suggested edits. */
  author?: { name: string; colour: string };
}

/** The letter's body: a page-like TipTap editor bound to the letter's Y.Doc. */
export function LetterEditor({
  doc,
  onEditor,
  onInsertNote,
  onOpenNote,
  presence = null,
  readOnly = false,
  comments = null,
  author = NO_AUTHOR,
}: LetterEditorProps) {
  const suggestionAuthor = useSuggestionAuthor(author);
  const [linkOpen, setLinkOpen] = useState(false);
  const [find, setFind] = useState<'closed' | 'find' | 'replace'>('closed');
  useFindShortcuts(setFind);
  // One element for the editor's life on screen: each editor made for the letter positions it, React fills it.
  const [bubbleElement] = useState(commentBubbleElement);
  // The screen passes stable callbacks, so the editor is built once per letter.
  const extensions = useMemo(
    () =>
      createLetterExtensions({
        doc,
        onRequestLink: () => setLinkOpen(true),
        onInsertNote,
        onOpenNote,
        presence,
        comments,
        suggestionAuthor,
        commentBubbleElement: bubbleElement,
      }),
    [doc, onInsertNote, onOpenNote, presence, comments, suggestionAuthor, bubbleElement],
  );
  const editor = useEditor(
    {
      extensions,
      editable: !readOnly,
      // TipTap would add its base styles in a <style> element, which the CSP refuses; styles.css has them.
      injectCSS: false,
      textDirection: 'auto',
      editorProps: {
        attributes: {
          class: 'letter-body',
          spellcheck: 'true',
          'aria-label': 'Letter text',
          'aria-multiline': 'true',
          role: 'textbox',
        },
      },
    },
    [extensions, readOnly],
  );

  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);

  if (!editor) {
    return null;
  }
  return (
    <>
      <Toolbar
        editor={editor}
        onRequestLink={() => setLinkOpen(true)}
        onInsertNote={() => onInsertNote(editor)}
        readOnly={readOnly}
      />
      <SuggestionsBar editor={editor} />
      {find !== 'closed' && (
        <FindBar
          editor={editor}
          showReplace={find === 'replace'}
          onClose={() => {
            setFind('closed');
            editor.commands.focus();
          }}
        />
      )}
      <div className="page-frame">
        <div className="page-scroller">
          <article className="page">
            <EditorContent editor={editor} />
          </article>
        </div>
      </div>
      <CommentBubble editor={editor} element={bubbleElement} />
      {linkOpen && <LinkEditor editor={editor} onClose={() => setLinkOpen(false)} />}
    </>
  );
}

function LinkEditor({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const href: unknown = editor.getAttributes('link').href;
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  return (
    <LinkDialog
      initialUrl={typeof href === 'string' ? href : ''}
      onApply={(url) => {
        const chain = editor.chain().focus().extendMarkRange('link');
        if (editor.state.selection.empty && !editor.isActive('link')) {
          chain
            .insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] })
            .run();
        } else {
          chain.setLink({ href: url }).run();
        }
        onClose();
      }}
      onRemove={() => {
        editor.chain().focus().extendMarkRange('link').unsetLink().run();
        onClose();
      }}
      onClose={close}
    />
  );
}

// Ctrl+F and Ctrl+H open the letter's own find bar instead of the browser's, which cannot replace.
function useFindShortcuts(open: (mode: 'find' | 'replace') => void): void {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) {
        return;
      }
      const key = event.key.toLowerCase();
      if (key === 'f' || key === 'h') {
        event.preventDefault();
        open(key === 'f' ? 'find' : 'replace');
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [open]);
}
