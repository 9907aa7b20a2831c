import { memo, useState } from 'react';
import type { ThreadAnchor } from '../../src-common/comments/anchors';
import { mentionsName } from '../../src-common/comments/mentions';
import {
  isAuthor,
  type CommentAuthor,
  type CommentEntry,
  type CommentThread,
} from '../../src-common/comments/threads-doc';
import { relativeTime } from '../home/relative-time';
import { CommentText } from './CommentText';
import { MentionField } from './MentionField';

/** What a thread card may do to its thread; absent for a viewer, who reads only. */
export interface ThreadActions {
  reply(threadId: string, text: string): void;
  edit(threadId: string, commentId: string, text: string): void;
  remove(threadId: string, commentId: string): void;
  resolve(threadId: string, resolved: boolean): void;
}

interface ThreadCardProps {
  thread: CommentThread;
  /** Where its words are now; undefined for a detached thread. */
  anchor: ThreadAnchor | undefined;
  selected: boolean;
  self: CommentAuthor;
  names: readonly string[];
  now: number;
  actions: ThreadActions | null;
  onShow(threadId: string): void;
}

/** One thread: what it is about, its comments, and (for editors) reply, resolve, and edit or delete one's own. */
export const ThreadCard = memo(function ThreadCard({
  thread,
  anchor,
  selected,
  self,
  names,
  now,
  actions,
  onShow,
}: ThreadCardProps) {
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [opening] = thread.comments;
  const mentionsYou = thread.comments.some((comment) => mentionsName(comment.text, names, self.name));
  const lastEvent = thread.history.at(-1);

  return (
    <li
      id={threadElementId(thread.id)}
      className={`comment-thread${selected ? ' selected' : ''}${thread.resolved ? ' resolved' : ''}`}
      aria-label={`Comment by ${opening.author.name}`}
      aria-current={selected ? 'true' : undefined}
    >
      {anchor ? (
        <button
          type="button"
          className="comment-quote link-button"
          onClick={() => onShow(thread.id)}
          aria-label={`Show “${anchor.text}” in the letter`}
        >
          “{anchor.text}”
        </button>
      ) : (
        <p className="comment-detached">
          <strong>Detached</strong>: the words it was about (“{thread.quote}”) were deleted.
        </p>
      )}
      {mentionsYou && <p className="comment-mentions-you">Mentions you</p>}
      <ol className="comment-list">
        {thread.comments.map((comment, index) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            opening={index === 0}
            self={self}
            names={names}
            now={now}
            onEdit={
              actions && isAuthor(comment, self) ? (text) => actions.edit(thread.id, comment.id, text) : null
            }
            onDelete={actions && isAuthor(comment, self) ? () => actions.remove(thread.id, comment.id) : null}
          />
        ))}
      </ol>
      {lastEvent && (
        <p className="comment-resolution muted small-text">
          {lastEvent.action === 'resolved' ? 'Resolved' : 'Reopened'} by {lastEvent.by.name}{' '}
          {relativeTime(lastEvent.at, now)}
        </p>
      )}
      {actions && replying && (
        <MentionField
          label={`Reply to ${opening.author.name}`}
          value={reply}
          onChange={setReply}
          names={names.filter((name) => name !== self.name)}
          submitLabel="Reply"
          onSubmit={() => {
            actions.reply(thread.id, reply.trim());
            setReply('');
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      )}
      {actions && !replying && (
        <div className="comment-thread-actions">
          <button
            type="button"
            className="button small"
            onClick={() => setReplying(true)}
            aria-label={`Reply to ${opening.author.name}’s comment`}
          >
            Reply
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => actions.resolve(thread.id, !thread.resolved)}
            aria-label={`${thread.resolved ? 'Reopen' : 'Resolve'} ${opening.author.name}’s comment`}
          >
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      )}
    </li>
  );
});

interface CommentItemProps {
  comment: CommentEntry;
  opening: boolean;
  self: CommentAuthor;
  names: readonly string[];
  now: number;
  onEdit: ((text: string) => void) | null;
  onDelete: (() => void) | null;
}

function CommentItem({ comment, opening, self, names, now, onEdit, onDelete }: CommentItemProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="comment">
      <p className="comment-meta">
        <span className="comment-dot" style={{ backgroundColor: comment.author.colour }} aria-hidden="true" />
        <strong>{comment.author.name}</strong>{' '}
        <span className="muted small-text">
          {relativeTime(comment.createdAt, now)}
          {comment.editedAt !== null && ' (edited)'}
        </span>
      </p>
      {editing === null ? (
        <CommentText text={comment.text} names={names} self={self.name} />
      ) : (
        <MentionField
          label="Edit your comment"
          value={editing}
          onChange={setEditing}
          names={names.filter((name) => name !== self.name)}
          submitLabel="Save"
          onSubmit={() => {
            onEdit?.(editing.trim());
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing === null && onEdit && onDelete && !confirming && (
        <div className="comment-own-actions">
          <button type="button" className="link-button small-text" onClick={() => setEditing(comment.text)}>
            Edit
            <span className="visually-hidden"> your comment</span>
          </button>
          <button
            type="button"
            className="link-button small-text"
            onClick={() => (opening ? setConfirming(true) : onDelete())}
          >
            Delete
            <span className="visually-hidden"> your comment</span>
          </button>
        </div>
      )}
      {confirming && onDelete && (
        <div className="comment-own-actions" role="group" aria-label="Delete the whole thread?">
          <span className="small-text">Delete the whole thread, replies too?</span>
          <button type="button" className="button small danger" onClick={onDelete}>
            Delete thread
          </button>
          <button type="button" className="button small" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      )}
    </li>
  );
}

/** The id of a thread's card, to bring it into view. */
export function threadElementId(threadId: string): string {
  return `comment-thread-${threadId}`;
}
