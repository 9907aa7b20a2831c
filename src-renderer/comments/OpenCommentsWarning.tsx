import { useMemo } from 'react';
import type * as Y from 'yjs';
import { findCommentProblems } from '../../src-common/comments/comment-problems';

// A long discussion is summed up: the Checks tab lists every thread.
const MOST_LISTED = 3;

/**
 * The export dialog's word on open comment threads (the `open-comment` warnings the Checks tab and `cli check`
 * give): partners may still be discussing the wording. The comments themselves never appear in an export.
 */
export function OpenCommentsWarning({ doc }: { doc: Y.Doc }) {
  const problems = useMemo(() => findCommentProblems(doc), [doc]);
  if (problems.length === 0) {
    return null;
  }
  const count = problems.length === 1 ? '1 open comment' : `${problems.length} open comments`;
  return (
    <section className="problem warning export-warning" aria-label="Open comments">
      <p>
        <strong>Check:</strong> this letter has {count}. Comments are never exported; resolve them when the
        wording is agreed.
      </p>
      <ul>
        {problems.slice(0, MOST_LISTED).map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
        {problems.length > MOST_LISTED && <li>and {problems.length - MOST_LISTED} more (see Checks).</li>}
      </ul>
    </section>
  );
}
