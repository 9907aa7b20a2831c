import type { Editor } from '@tiptap/core';
import { memo, useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { inDocumentOrder } from '../../src-common/comments/anchors';
import { mentionableNames } from '../../src-common/comments/mentions';
import {
  addReply,
  createThread,
  deleteComment,
  editComment,
  findThread,
  setThreadResolved,
  type CommentAuthor,
} from '../../src-common/comments/threads-doc';
import { usePeople } from '../collab/PresenceRow';
import { useNow } from '../home/use-now';
import type { CommentSession } from './comment-session';
import { MentionField } from './MentionField';
import { ThreadCard, threadElementId, type ThreadActions } from './ThreadCard';
import { useThreadAnchors } from './use-thread-anchors';

interface CommentsPanelProps {
  doc: Y.Doc;
  session: CommentSession;
  editor: Editor | null;
  /** This person, as their comments are signed. */
  self: CommentAuthor;
  /** The letter's connection, whose co-editors present now may be mentioned; null for a letter not shared. */
  awareness: Awareness | null;
  /** A viewer's copy: threads are shown, nothing can be written. */
  readOnly: boolean;
}

type Filter = 'open' | 'resolved';

/**
 * The Comments tab: the comment being written, then the threads in the order of their words (detached ones last),
 * open or resolved. A thread's words are a button that selects them in the letter; clicking highlighted words in
 * the letter selects their thread here.
 */
export const CommentsPanel = memo(function CommentsPanel({
  doc,
  session,
  editor,
  self,
  awareness,
  readOnly,
}: CommentsPanelProps) {
  const people = usePeople(awareness);
  const view = useSyncExternalStore(session.subscribe, session.getView);
  const anchors = useThreadAnchors(editor, doc);
  const now = useNow();
  const id = useId();
  const [filter, setFilter] = useState<Filter>('open');
  const names = useMemo(
    () => mentionableNames(view.threads, [...people.map((person) => person.name), self.name]),
    [view.threads, people, self.name],
  );
  const ordered = useMemo(() => inDocumentOrder(view.threads, anchors), [view.threads, anchors]);
  const shown = ordered.filter((thread) => thread.resolved === (filter === 'resolved'));
  const resolvedCount = view.threads.length - view.openCount;
  const selectedId = view.selectedId;

  useEffect(() => {
    if (selectedId) {
      document.getElementById(threadElementId(selectedId))?.scrollIntoView({ block: 'nearest' });
    }
  }, [selectedId]);

  const actions = useMemo<ThreadActions | null>(
    () =>
      readOnly
        ? null
        : {
            reply: (threadId, text) =>
              addReply(doc, threadId, { id: crypto.randomUUID(), text, author: self, at: Date.now() }),
            edit: (threadId, commentId, text) =>
              editComment(doc, threadId, commentId, { text, by: self, at: Date.now() }),
            remove: (threadId, commentId) => {
              const opening = findThread(doc, threadId)?.comments[0];
              deleteComment(doc, threadId, commentId, self);
              if (opening?.id === commentId) {
                editor?.commands.removeCommentAnchors(threadId);
              }
            },
            resolve: (threadId, resolved) => setThreadResolved(doc, threadId, resolved, self, Date.now()),
          },
    [readOnly, doc, self, editor],
  );

  const showThread = useCallback(
    (threadId: string) => {
      session.select(threadId);
      editor?.chain().focus().selectCommentAnchor(threadId).run();
    },
    [session, editor],
  );

  return (
    <div className="comments-panel">
      {view.draft && !readOnly && (
        <section className="comment-draft-box" aria-label="New comment">
          <p className="comment-quote-text">“{view.draft.quote}”</p>
          <DraftForm
            key={view.draft.threadId}
            names={names.filter((name) => name !== self.name)}
            onSubmit={(text) => {
              const draft = view.draft;
              if (!draft) {
                return;
              }
              createThread(doc, {
                id: draft.threadId,
                commentId: crypto.randomUUID(),
                quote: draft.quote,
                text,
                author: self,
                at: Date.now(),
              });
              session.endDraft();
              setFilter('open');
              session.select(draft.threadId);
              editor?.commands.focus();
            }}
            onCancel={() => {
              const draft = view.draft;
              session.endDraft();
              if (draft) {
                editor?.chain().focus().removeCommentAnchors(draft.threadId).run();
              }
            }}
          />
        </section>
      )}
      {view.needsSelection && !view.draft && (
        <p role="status" className="comment-hint">
          Select the words to comment on, then choose Comment (Ctrl+Alt+M).
        </p>
      )}
      <fieldset className="comment-filter">
        <legend className="visually-hidden">Show</legend>
        {(['open', 'resolved'] as const).map((value) => (
          <label key={value} className={filter === value ? 'selected' : undefined}>
            <input
              type="radio"
              name={`${id}-filter`}
              value={value}
              checked={filter === value}
              onChange={() => setFilter(value)}
            />
            {value === 'open' ? `Open (${view.openCount})` : `Resolved (${resolvedCount})`}
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="muted">{emptyWords(filter, readOnly, view.threads.length)}</p>
      ) : (
        <ul
          className="comment-threads"
          aria-label={filter === 'open' ? 'Open comments' : 'Resolved comments'}
        >
          {shown.map((thread) => (
            <ThreadCard
              key={thread.id}
              thread={thread}
              anchor={anchors.get(thread.id)}
              selected={thread.id === selectedId}
              self={self}
              names={names}
              now={now}
              actions={actions}
              onShow={showThread}
            />
          ))}
        </ul>
      )}
    </div>
  );
});

function DraftForm({
  names,
  onSubmit,
  onCancel,
}: {
  names: readonly string[];
  onSubmit(text: string): void;
  onCancel(): void;
}) {
  const [text, setText] = useState('');
  return (
    <MentionField
      label="Your comment"
      value={text}
      onChange={setText}
      names={names}
      submitLabel="Comment"
      onSubmit={() => onSubmit(text.trim())}
      onCancel={onCancel}
    />
  );
}

function emptyWords(filter: Filter, readOnly: boolean, total: number): string {
  if (filter === 'resolved') {
    return 'No resolved comments.';
  }
  if (readOnly || total > 0) {
    return 'No open comments.';
  }
  return 'No comments yet. Select words in the letter and choose Comment (Ctrl+Alt+M) to start a discussion.';
}
