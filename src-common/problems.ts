import { z } from 'zod';

// One vocabulary for everything that can be wrong with a letter: the Checks tab, the import report and the CLI all
// list these, so a problem found anywhere reads and sorts the same way. Add a kind here before reporting it.

/** What a problem is about. */
export const PROBLEM_KINDS = [
  /** Two entries of the signatory list name the same organization. */
  'duplicate-signatory',
  /** One line of a pasted list holds two or more organizations. */
  'merged-line',
  /** A line of a pasted list is the broken-off end of other names ("Canada Denmark France"). */
  'fragment-line',
  /** The letter's claim about its number of signers ("over 230 groups") does not match the list. */
  'count-claim',
  /** A web address in a note is broken or doubtful. */
  'broken-url',
  /** The text refers to a note that does not exist. */
  'missing-note',
  /** A note that nothing in the text refers to. */
  'unused-note',
  /** A comment thread on the letter that nobody has resolved yet. */
  'open-comment',
  /** A suggested edit in the text that nobody has accepted or rejected yet. */
  'pending-suggestion',
] as const;

/** One of {@link PROBLEM_KINDS}. */
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** How much a problem matters: `error` blocks publishing, `warning` needs a look, `info` is worth knowing. */
export const PROBLEM_SEVERITIES = ['error', 'warning', 'info'] as const;

/** One of {@link PROBLEM_SEVERITIES}. */
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

/** The part of a letter a problem is in. */
export const PROBLEM_SECTIONS = ['title', 'body', 'signatories', 'notes'] as const;

/** Where a problem is; every field is optional because each check knows a different part of the address. */
export const problemLocationSchema = z.object({
  section: z.enum(PROBLEM_SECTIONS).optional(),
  /** 1-based line of the text that was checked (a pasted list, a note). */
  line: z.number().int().min(1).optional(),
  /** Character offsets `[start, end)` in that section's plain text. */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  signatoryId: z.string().min(1).optional(),
  noteId: z.string().min(1).optional(),
});

/** See {@link problemLocationSchema}. */
export type ProblemLocation = z.output<typeof problemLocationSchema>;

/**
 * A fix a person can accept or dismiss. The id stays the same each time the same problem is found again, so a
 * dismissal can be remembered.
 */
export const problemSuggestionSchema = z.object({
  id: z.string().min(1),
  /** What accepting does, in plain words ("Split into 2 entries"). */
  label: z.string().min(1),
});

/** See {@link problemSuggestionSchema}. */
export type ProblemSuggestion = z.output<typeof problemSuggestionSchema>;

/** A problem found in a letter, explained in plain words. */
export const problemSchema = z.object({
  kind: z.enum(PROBLEM_KINDS),
  severity: z.enum(PROBLEM_SEVERITIES),
  message: z.string().min(1),
  location: problemLocationSchema.optional(),
  suggestion: problemSuggestionSchema.optional(),
});

/** See {@link problemSchema}. */
export type Problem = z.output<typeof problemSchema>;

const SEVERITY_ORDER: Record<ProblemSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Orders problems for a list: errors first, then by section and line, keeping the checks' own order otherwise. */
export function compareProblems(a: Problem, b: Problem): number {
  const severity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (severity !== 0) {
    return severity;
  }
  const section = sectionIndex(a) - sectionIndex(b);
  if (section !== 0) {
    return section;
  }
  return (a.location?.line ?? 0) - (b.location?.line ?? 0);
}

function sectionIndex(problem: Problem): number {
  const section = problem.location?.section;
  return section === undefined ? PROBLEM_SECTIONS.length : PROBLEM_SECTIONS.indexOf(section);
}
