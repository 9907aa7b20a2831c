import type * as Y from 'yjs';
import type { NoteRecord } from '../../src-common/notes/notes-doc';
import type { UrlIssue } from '../../src-common/notes/url-checks';
import { replaceNoteText } from './note-edits';

interface NoteUrlIssuesProps {
  doc: Y.Doc;
  note: NoteRecord;
  issues: readonly UrlIssue[];
}

/** The address problems of one note, each with its one-click fix where there is one. */
export function NoteUrlIssues({ doc, note, issues }: NoteUrlIssuesProps) {
  if (issues.length === 0) {
    return null;
  }
  return (
    <ul className="url-issues" aria-label="Problems with addresses">
      {issues.map((issue, index) => (
        <li key={`${issue.kind}-${index}`} className="url-issue">
          <span>{issue.message}</span>
          {issue.fix && (
            <button
              type="button"
              className="button small"
              onClick={() =>
                issue.fix &&
                replaceNoteText(doc, note.id, note.text.replace(issue.fix.find, issue.fix.replace))
              }
            >
              Fix
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
