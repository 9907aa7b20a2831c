import * as Y from 'yjs';
import { BODY_FIELD } from '../letter/letter-doc';
import { readNotes, type NoteRecord } from './notes-doc';
import { checkNoteReferences, collectNoteReferencesIn, numberNotes } from './numbering';
import { checkNoteUrls, findDuplicateUrls, type UrlIssue } from './url-checks';
import { compareProblems, type Problem, type ProblemSeverity } from '../problems';
import { appendAll } from '../collections';

// A split address publishes a dead link, so it blocks publishing; the other address issues only need a look.
const URL_SEVERITY: Record<UrlIssue['kind'], ProblemSeverity> = {
  'split-url': 'error',
  'missing-scheme': 'warning',
  'unbalanced-brackets': 'warning',
  'insecure-url': 'warning',
  'duplicate-url': 'info',
};

/** Everything the notes can already tell about a letter: dangling references, unused notes, doubtful addresses. */
export function findNoteProblems(doc: Y.Doc, secureUrls: ReadonlySet<string> = new Set()): Problem[] {
  const references = collectNoteReferencesIn(doc.getXmlFragment(BODY_FIELD));
  const notes = readNotes(doc);
  const existing = new Set(notes.map((note) => note.id));
  // Numbered as the exported letter numbers them, so "Note 3" here is note 3 in every export.
  const numbers = numberNotes(references.filter((id) => existing.has(id)));
  const ordered = [...notes].sort(
    (a, b) => (numbers.get(a.id) ?? Infinity) - (numbers.get(b.id) ?? Infinity) || a.id.localeCompare(b.id),
  );
  const check = checkNoteReferences(
    references,
    ordered.map((note) => note.id),
  );
  const problems: Problem[] = check.missing.map((noteId) => ({
    kind: 'missing-note',
    severity: 'error',
    message: 'The letter refers to a note that does not exist (it was deleted).',
    location: { section: 'body', noteId },
  }));
  const duplicates = findDuplicateUrls(ordered);
  for (const note of ordered) {
    const where = numbers.has(note.id) ? `Note ${numbers.get(note.id)}` : describeNote(note);
    if (!numbers.has(note.id)) {
      problems.push({
        kind: 'unused-note',
        severity: 'warning',
        message: `${where} is not referred to in the letter.`,
        location: { section: 'notes', noteId: note.id },
      });
    }
    const issues = [...checkNoteUrls(note.text, secureUrls), ...(duplicates.get(note.id) ?? [])];
    appendAll(
      problems,
      issues.map((issue) => urlProblem(note, where, issue)),
    );
  }
  return problems.sort(compareProblems);
}

function urlProblem(note: NoteRecord, where: string, issue: UrlIssue): Problem {
  const problem: Problem = {
    // Every address issue is a `broken-url` ("broken or doubtful"); which one it is shows in the message.
    kind: 'broken-url',
    severity: URL_SEVERITY[issue.kind],
    message: `${where}: ${issue.message}`,
    location: { section: 'notes', noteId: note.id },
  };
  if (!issue.fix) {
    return problem;
  }
  return {
    ...problem,
    suggestion: {
      id: `${issue.kind}:${note.id}:${issue.fix.find}`,
      label: `Replace with ${issue.fix.replace}`,
    },
  };
}

function describeNote(note: NoteRecord): string {
  const start = note.text.replace(/\s+/gu, ' ').trim();
  if (start === '') {
    return 'An empty note';
  }
  return `The note “${start.length > 40 ? `${start.slice(0, 40)}…` : start}”`;
}
