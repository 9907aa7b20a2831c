import type { AnyExtension, Editor } from '@tiptap/core';
import type { Awareness } from 'y-protocols/awareness';
import Collaboration from '@tiptap/extension-collaboration';
import Typography from '@tiptap/extension-typography';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../../src-common/letter/letter-doc';
import { whenIdle } from '../../ui/when-idle';
import { CaretIntoView } from './caret-into-view';
import { ClipboardFormatting } from './clipboard-formatting';
import { coEditorCarets } from './co-editor-carets';
import { commentBubble } from './comment-bubble';
import { CommentMark, type CommentMarkOptions } from './comment-mark';
import { CountCheck } from './count-check';
import { FindReplace } from './find-replace';
import { LetterKit } from './letter-kit';
import { LetterLink } from './letter-link';
import { LinkShortcut } from './link-shortcut';
import { MoveBlock } from './move-block';
import { NoteReference } from './note-reference';
import { UndoBoundaries } from './undo-boundaries';
import type { SuggestionAuthor } from '../../../src-common/suggestions/suggestion';
import { rememberedEditMode } from '../../suggestions/edit-mode';
import { SuggestAttributes } from './suggest-attributes';
import { SuggestDeletion } from './suggest-deletion';
import { SuggestFormat } from './suggest-format';
import { SuggestInsertion } from './suggest-insertion';
import { SuggestMode } from './suggest-mode';
import { SuggestReview } from './suggest-review';

/** What the letter editor's extensions need from the screen. */
export interface LetterExtensionOptions {
  doc: Y.Doc;
  onRequestLink: () => void;
  onInsertNote: (editor: Editor) => void;
  onOpenNote: (noteId: string) => void;
  /** Co-editors' carets and selections, when the letter is shared through a server. */
  presence?: CaretPresence | null;
  /** How commented words look and what Comment and a click on them do. */
  comments?: Partial<CommentMarkOptions> | null;
  /** Who this person's suggestions are from, read at each suggestion. */
  suggestionAuthor?: () => SuggestionAuthor;
  /** The element the Comment bubble is drawn in (`commentBubbleElement`), when the letter shows one. */
  commentBubbleElement?: HTMLElement | null;
}

/** What shows co-editors' carets: the connection's presence, and how this person appears to the others. */
export interface CaretPresence {
  awareness: Awareness;
  user: { name: string; color: string };
}

/** Every extension of the letter editor, bound to the letter's Y.Doc. */
export function createLetterExtensions({
  doc,
  onRequestLink,
  onInsertNote,
  onOpenNote,
  presence = null,
  comments = null,
  suggestionAuthor,
  commentBubbleElement = null,
}: LetterExtensionOptions): AnyExtension[] {
  const carets = presence ? [coEditorCarets(presence.awareness, presence.user)] : [];
  const bubble = commentBubbleElement ? [commentBubble(commentBubbleElement)] : [];
  return [
    ...carets,
    LetterKit,
    LetterLink,
    Typography,
    Collaboration.configure({ document: doc, field: BODY_FIELD }),
    LinkShortcut.configure({ onRequestLink }),
    UndoBoundaries,
    NoteReference.configure({ onInsertNote, onOpenNote }),
    MoveBlock,
    FindReplace,
    ClipboardFormatting,
    CaretIntoView,
    CommentMark.configure(comments ?? {}),
    CountCheck.configure({ doc, countLater: whenIdle }),
    ...suggestionExtensions(suggestionAuthor),
    ...bubble,
  ];
}

/** Suggested edits: their marks and attributes, the mode switch's editor side, and accept and reject. */
function suggestionExtensions(author: (() => SuggestionAuthor) | undefined): AnyExtension[] {
  return [
    SuggestInsertion,
    SuggestDeletion,
    SuggestFormat,
    SuggestAttributes,
    SuggestMode.configure({ initialMode: rememberedEditMode(), ...(author ? { author } : {}) }),
    SuggestReview,
  ];
}
