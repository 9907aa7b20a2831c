import type { AnyExtension, Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import Typography from '@tiptap/extension-typography';
import { CharacterCount } from '@tiptap/extensions';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../../src-common/letter/letter-doc';
import { FindReplace } from './find-replace';
import { LetterKit } from './letter-kit';
import { LinkShortcut } from './link-shortcut';
import { MoveBlock } from './move-block';
import { NoteReference } from './note-reference';
import { UndoBoundaries } from './undo-boundaries';

/** What the letter editor's extensions need from the screen. */
export interface LetterExtensionOptions {
  doc: Y.Doc;
  onRequestLink: () => void;
  onInsertNote: (editor: Editor) => void;
  onOpenNote: (noteId: string) => void;
}

/** Every extension of the letter editor, bound to the letter's Y.Doc. */
export function createLetterExtensions({
  doc,
  onRequestLink,
  onInsertNote,
  onOpenNote,
}: LetterExtensionOptions): AnyExtension[] {
  return [
    LetterKit,
    Typography,
    CharacterCount,
    Collaboration.configure({ document: doc, field: BODY_FIELD }),
    LinkShortcut.configure({ onRequestLink }),
    UndoBoundaries,
    NoteReference.configure({ onInsertNote, onOpenNote }),
    MoveBlock,
    FindReplace,
  ];
}
