import { Mark, mergeAttributes } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { MarkView } from '@tiptap/pm/view';
import { COMMENT_MARK } from '../../../src-common/comments/threads-doc';

/** How the words of each thread look: the screen keeps the threads, the editor the words. */
export interface CommentAnchorLook {
  /**
   * The element of a stretch of a thread's words: highlighted while the thread is open, plain once it is resolved
   * or deleted, and restyled by itself when that changes (until destroyed), without a look through the letter.
   */
  anchorView(threadId: string): MarkView;
  /** Whether a thread's words are highlighted (it is open), so that a click on them shows it. */
  isOpen(threadId: string): boolean;
  /** The thread of a comment being written but not yet saved, whose mark a new comment replaces. */
  draftThreadId(): string | null;
}

/** A comment being written: its thread's id, already on the words, and the words as they were. */
export interface CommentDraft {
  threadId: string;
  quote: string;
}

/** What the comment mark asks of the screen. */
export interface CommentMarkOptions {
  look: CommentAnchorLook | null;
  /**
   * Ctrl+Alt+M, the toolbar or the bubble: the words are marked for a new thread; ask for its first comment. Null
   * when nothing is selected to comment on.
   */
  onRequestComment: (draft: CommentDraft | null) => void;
  /** Highlighted words were clicked: show their thread. */
  onOpenThread: (threadId: string) => void;
}

/** Where a thread's words are: the first stretch of the document its mark covers. */
export interface AnchorRange {
  from: number;
  to: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /** Marks the selection (or the word at the caret) for a new thread, and asks for its first comment. */
      startComment: () => ReturnType;
      /** Selects a thread's words and brings them into view; false for a detached thread. */
      selectCommentAnchor: (threadId: string) => ReturnType;
      /** Takes a thread's mark off its words (a comment given up before it was written, a deleted thread). */
      removeCommentAnchors: (threadId: string) => ReturnType;
    };
  }
}

const commentKey = new PluginKey('commentMark');

// Meta that the Suggesting mode lets through as it is: a comment is not an edit to suggest.
const SKIP_SUGGESTING = 'skipSuggesting';

/**
 * Marks commented words. Marks of threads may overlap (two comments on one sentence); typing at either end of the
 * words does not extend them. The mark is part of the body, so it merges with co-editors' edits as formatting does:
 * words typed inside stay commented, words deleted take their mark with them, and a thread whose words are all
 * deleted is detached, never lost. The mark is set as soon as a comment is asked for, so its words are held through
 * co-editors' edits while it is written; a thread that never gets its comment has no record, and its mark shows
 * nothing. Anchoring is kept out of the undo history: Ctrl+Z undoes text, not comments.
 */
export const CommentMark = Mark.create<CommentMarkOptions>({
  name: COMMENT_MARK,
  inclusive: false,
  excludes: '',
  spanning: true,
  addOptions() {
    return { look: null, onRequestComment: () => undefined, onOpenThread: () => undefined };
  },
  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element: unknown) => threadIdAttribute(element),
        renderHTML: (attributes) => ({ 'data-comment-thread': String(attributes.threadId) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-comment-thread]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor' }), 0];
  },
  addCommands() {
    return {
      startComment:
        () =>
        ({ state, tr, dispatch, editor }) => {
          const type = state.schema.marks[COMMENT_MARK];
          const range = editor.isEditable ? commentableRange(state) : null;
          if (!type || !range) {
            if (dispatch && editor.isEditable) {
              this.options.onRequestComment(null);
            }
            return false;
          }
          if (dispatch) {
            const threadId = crypto.randomUUID();
            const unsaved = this.options.look?.draftThreadId();
            if (unsaved) {
              tr.removeMark(0, tr.doc.content.size, type.create({ threadId: unsaved }));
            }
            quiet(tr)
              .setSelection(TextSelection.create(tr.doc, range.from, range.to))
              .addMark(range.from, range.to, type.create({ threadId }));
            this.options.onRequestComment({
              threadId,
              quote: state.doc.textBetween(range.from, range.to, ' ', ' '),
            });
          }
          return true;
        },
      selectCommentAnchor:
        (threadId) =>
        ({ state, tr, dispatch }) => {
          const range = commentAnchorRange(state.doc, threadId);
          if (!range) {
            return false;
          }
          if (dispatch) {
            tr.setSelection(TextSelection.create(tr.doc, range.from, range.to)).scrollIntoView();
          }
          return true;
        },
      removeCommentAnchors:
        (threadId) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.marks[COMMENT_MARK];
          if (!type || !commentAnchorRange(state.doc, threadId)) {
            return false;
          }
          if (dispatch) {
            quiet(tr).removeMark(0, tr.doc.content.size, type.create({ threadId }));
          }
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return { 'Mod-Alt-m': () => this.editor.commands.startComment() || true };
  },
  addProseMirrorPlugins() {
    const { look, onOpenThread } = this.options;
    return [
      new Plugin({
        key: commentKey,
        props: {
          markViews: look ? { [COMMENT_MARK]: (mark) => look.anchorView(String(mark.attrs.threadId)) } : {},
          handleClick: (view, position) => {
            const $position = view.state.doc.resolve(position);
            const marks = [...($position.nodeAfter?.marks ?? []), ...($position.nodeBefore?.marks ?? [])];
            const threadId = marks
              .map((mark) => (mark.type.name === COMMENT_MARK ? String(mark.attrs.threadId) : ''))
              .find((id) => id !== '' && look?.isOpen(id) === true);
            if (threadId) {
              onOpenThread(threadId);
            }
            return false;
          },
        },
      }),
    ];
  },
});

/** The first stretch of the document a thread's mark covers, or null when it covers nothing (detached). */
export function commentAnchorRange(doc: ProseMirrorNode, threadId: string): AnchorRange | null {
  const range = { from: -1, to: -1 };
  let ended = false;
  doc.descendants((node, position) => {
    if (ended || !node.isInline) {
      return !ended;
    }
    const marked = node.marks.some(
      (mark) => mark.type.name === COMMENT_MARK && mark.attrs.threadId === threadId,
    );
    if (marked && range.from < 0) {
      range.from = position;
      range.to = position + node.nodeSize;
    } else if (marked && range.to === position) {
      range.to = position + node.nodeSize;
    } else if (range.from >= 0) {
      ended = true;
    }
    return false;
  });
  return range.from < 0 ? null : range;
}

// The selection, or the word at the caret as Google Docs takes it; null when there is nothing to comment on.
function commentableRange(state: EditorState): AnchorRange | null {
  const { from, to, empty, $from } = state.selection;
  if (!empty) {
    return state.doc.textBetween(from, to, ' ', ' ').trim() === '' ? null : { from, to };
  }
  const text = $from.parent.textBetween(0, $from.parent.content.size, undefined, '\ufffc');
  const offset = $from.parentOffset;
  const before = /[\p{L}\p{N}'’-]*$/u.exec(text.slice(0, offset))?.[0] ?? '';
  const after = /^[\p{L}\p{N}'’-]*/u.exec(text.slice(offset))?.[0] ?? '';
  if (before.length + after.length === 0) {
    return null;
  }
  const start = $from.start();
  return { from: start + offset - before.length, to: start + offset + after.length };
}

// Read without the DOM's types: the unit tests build the letter's schema under Node.
function threadIdAttribute(element: unknown): string | null {
  if (typeof element !== 'object' || element === null || !('getAttribute' in element)) {
    return null;
  }
  const read = element.getAttribute;
  const value: unknown = typeof read === 'function' ? read.call(element, 'data-comment-thread') : null;
  return typeof value === 'string' ? value : null;
}

// A comment's mark is neither an edit to undo nor one to turn into a suggestion.
function quiet(tr: Transaction): Transaction {
  return tr.setMeta('addToHistory', false).setMeta(SKIP_SUGGESTING, true);
}
