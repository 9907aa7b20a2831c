import type { Editor } from '@tiptap/core';
import { useMemo, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { commentAuthor } from '../../src-common/comments/threads-doc';
import type { CommentMarkOptions } from '../editor/extensions/comment-mark';
import { useCommentSession } from './comment-session';
import { CommentsPanel } from './CommentsPanel';
import { OpenCommentCount } from './OpenCommentCount';
import './comments.css';

interface LetterCommentsInput {
  doc: Y.Doc;
  editor: Editor | null;
  awareness: Awareness | null;
  displayName: string;
  colour: string;
  readOnly: boolean;
  /** Brings the Comments tab forward. */
  onShow(tab: 'comments'): void;
}

/** What the letter screen shows of comments: the editor's side, the tab's count, and the tab itself. */
export interface LetterComments {
  editorOptions: CommentMarkOptions;
  badges: { comments: ReactNode };
  panels: { comments: ReactNode };
}

/** A letter's comments, wired to its editor and its side panel. */
export function useLetterComments({
  doc,
  editor,
  awareness,
  displayName,
  colour,
  readOnly,
  onShow,
}: LetterCommentsInput): LetterComments {
  const session = useCommentSession(doc);
  const self = useMemo(() => commentAuthor(displayName, colour), [displayName, colour]);
  const editorOptions = useMemo<CommentMarkOptions>(
    () => ({
      look: session,
      onRequestComment: (draft) => {
        onShow('comments');
        session.startDraft(draft);
      },
      onOpenThread: (threadId) => {
        onShow('comments');
        session.select(threadId);
      },
    }),
    [session, onShow],
  );
  const badges = useMemo(() => ({ comments: <OpenCommentCount session={session} /> }), [session]);
  const panels = {
    comments: (
      <CommentsPanel
        doc={doc}
        session={session}
        editor={editor}
        self={self}
        awareness={awareness}
        readOnly={readOnly}
      />
    ),
  };
  return { editorOptions, badges, panels };
}
