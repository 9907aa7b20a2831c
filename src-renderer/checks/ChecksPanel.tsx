import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { useSecureUrls } from '../notes/use-secure-urls';
import { BODY_FIELD, META_FIELD } from '../../src-common/letter/letter-doc';
import { findLetterProblems } from '../../src-common/checks/letter-problems';
import { signatoriesMap } from '../../src-common/signatories/signatories-doc';
import { notesMap } from '../../src-common/notes/notes-doc';
import { threadsMap } from '../../src-common/comments/threads-doc';
import type { Problem } from '../../src-common/problems';
import { useApi } from '../api/api-context';
import './checks.css';

interface ChecksPanelProps {
  doc: Y.Doc;
  /** Shows the note a problem is about. */
  onOpenNote(noteId: string): void;
}

const SEVERITY_WORDS: Record<Problem['severity'], string> = {
  error: 'Must fix',
  warning: 'Check',
  info: 'Note',
};

/** Every problem the letter has now, in the shared vocabulary the import report and the command line also use. */
export function ChecksPanel({ doc, onOpenNote }: ChecksPanelProps) {
  const api = useApi();
  const problems = useLetterProblems(doc, useSecureUrls(api));
  if (problems.length === 0) {
    return <p className="muted">No problems found.</p>;
  }
  return (
    <ul className="problem-list" aria-label="Problems">
      {problems.map((problem, index) => (
        <li key={`${problem.kind}-${index}`} className={`problem ${problem.severity}`}>
          <span className="problem-severity">{SEVERITY_WORDS[problem.severity]}</span>
          <span>{problem.message}</span>
          {problem.location?.noteId && problem.location.section === 'notes' && (
            <button
              type="button"
              className="link-button small-text"
              onClick={() => problem.location?.noteId && onOpenNote(problem.location.noteId)}
            >
              Show note
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

// Checked again a moment after the letter stops changing, not on every keystroke.
function useLetterProblems(doc: Y.Doc, secureUrls: ReadonlySet<string>): Problem[] {
  const [problems, setProblems] = useState<Problem[]>(() => findLetterProblems(doc, secureUrls));
  useEffect(() => {
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setProblems(findLetterProblems(doc, secureUrls)), 300);
    };
    const body = doc.getXmlFragment(BODY_FIELD);
    const notes = notesMap(doc);
    const signatories = signatoriesMap(doc);
    const threads = threadsMap(doc);
    // The title and the number of signatories not listed by name are metadata, and claims are checked against both.
    const meta = doc.getMap(META_FIELD);
    schedule();
    meta.observe(schedule);
    threads.observeDeep(schedule);
    body.observeDeep(schedule);
    notes.observeDeep(schedule);
    signatories.observeDeep(schedule);
    return () => {
      window.clearTimeout(timer);
      body.unobserveDeep(schedule);
      notes.unobserveDeep(schedule);
      signatories.unobserveDeep(schedule);
      threads.unobserveDeep(schedule);
      meta.unobserve(schedule);
    };
  }, [doc, secureUrls]);
  return problems;
}
