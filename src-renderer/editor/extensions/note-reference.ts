import { mergeAttributes, Node, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { NOTE_REFERENCE_NODE } from '../../../src-common/notes/notes-doc';
import { numberNotes } from '../../../src-common/notes/numbering';

/** What the note reference asks of the screen. */
export interface NoteReferenceOptions {
  /** Ctrl+Alt+F: create a note and insert a reference to it at the cursor. */
  onInsertNote: (editor: Editor) => void;
  /** A click on a reference opens its note. */
  onOpenNote: (noteId: string) => void;
}

/** The note ids referred to in a document, in reading order. */
export function noteReferencesIn(doc: ProseMirrorNode): string[] {
  const ids: string[] = [];
  doc.descendants((node) => {
    const noteId: unknown = node.attrs.noteId;
    if (node.type.name === NOTE_REFERENCE_NODE && typeof noteId === 'string') {
      ids.push(noteId);
    }
    return true;
  });
  return ids;
}

const numberingKey = new PluginKey<DecorationSet>('noteNumbering');

// Numbers are not stored: they are the order of first appearance, recomputed on every change, so they follow text
// that is moved, cut and pasted, or arrives from a co-editor.
function numberingDecorations(doc: ProseMirrorNode): DecorationSet {
  const numbers = numberNotes(noteReferencesIn(doc));
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    const noteId: unknown = node.attrs.noteId;
    if (node.type.name !== NOTE_REFERENCE_NODE || typeof noteId !== 'string') {
      return true;
    }
    const number = String(numbers.get(noteId) ?? '?');
    decorations.push(
      Decoration.node(position, position + node.nodeSize, {
        'data-number': number,
        'aria-label': `Note ${number}`,
      }),
    );
    return false;
  });
  return DecorationSet.create(doc, decorations);
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
        parseHTML: (element) => element.getAttribute('data-note-id'),
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
      new Plugin<DecorationSet>({
        key: numberingKey,
        state: {
          init: (_, state) => numberingDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged ? numberingDecorations(tr.doc) : previous),
        },
        props: {
          decorations: (state) => numberingKey.getState(state),
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
