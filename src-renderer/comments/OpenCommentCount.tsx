import { useSyncExternalStore } from 'react';
import type { CommentSession } from './comment-session';

/** The number of open threads on the Comments tab; it follows the threads by itself, without the screen around it. */
export function OpenCommentCount({ session }: { session: CommentSession }) {
  const count = useSyncExternalStore(session.subscribe, () => session.getView().openCount);
  if (count === 0) {
    return null;
  }
  return (
    <span className="tab-count">
      {count}
      <span className="visually-hidden"> open</span>
    </span>
  );
}
