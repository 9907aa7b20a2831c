import { mergeAttributes, Node, type Editor } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { NOTE_REFERENCE_NODE } from '../../../src-common/notes/notes-doc';
import { nextNumbering, noteNumbering, numberingKey, type NumberingState } from './note-numbering';

export { noteReferenceIds, noteReferencesIn } from './note-numbering';

/** What the note reference asks of the screen. */
export interface NoteReferenceOptions {
  /** Ctrl+Alt+F: create a note and insert a reference to it at the cursor. */
  onInsertNote: (editor: Editor) => void;
  /** A click on a reference opens its note. */
  onOpenNote: (noteId: string) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    noteReference: {
      /** Puts a reference to the note at the cursor (in place of any selected text), shown as its number. */
      insertNoteReference: (noteId: string) => ReturnType;
    };
  }
}

/** An inline reference to a note, shown as its live number. */
export const NoteReference = Node.create<NoteReferenceOptions>({
  name: NOTE_REFERENCE_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions() {
    return { onInsertNote: () => undefined, onOpenNote: () => undefined };
  },
  addAttributes() {
    return {
      noteId: {
        default: null,
        // Read through a structural type: unit tests compile this file without the DOM's types.
        parseHTML: (element) => (element as unknown as AttributeReader).getAttribute('data-note-id'),
        renderHTML: (attributes) => ({ 'data-note-id': String(attributes.noteId) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-note-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'note-ref', role: 'link', tabindex: '-1' })];
  },
  addCommands() {
    return {
      insertNoteReference:
        (noteId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { noteId } }),
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-f': () => {
        this.options.onInsertNote(this.editor);
        return true;
      },
    };
  },
  addProseMirrorPlugins() {
    const { onOpenNote } = this.options;
    return [
      new Plugin<NumberingState>({
        key: numberingKey,
        state: {
          init: (_, state) => noteNumbering(state.doc),
          apply: (tr, previous) => (tr.docChanged ? nextNumbering(tr, previous) : previous),
        },
        props: {
          decorations: (state) => numberingKey.getState(state)?.decorations,
          handleClickOn: (_view, _position, node) => {
            const noteId: unknown = node.attrs.noteId;
            if (node.type.name !== NOTE_REFERENCE_NODE || typeof noteId !== 'string') {
              return false;
            }
            onOpenNote(noteId);
            return true;
          },
        },
      }),
    ];
  },
});

interface AttributeReader {
  getAttribute(name: string): string | null;
}
