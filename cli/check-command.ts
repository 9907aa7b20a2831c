import * as Y from 'yjs';
import type { Problem } from '../src-common/problems';
import { EXIT, type CliIo } from './cli-io';
import { findLetterProblems } from '../src-common/checks/letter-problems';
import { parseCommandArgs, singlePositional } from './parse';
import { readLetterState } from './read-letter';

/** `check <letter.letter.json> [--json]`: exit 0 when the letter has no problems, 1 when it has some. */
export function runCheck(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
  const path = singlePositional(positionals, 'check');
  const doc = new Y.Doc();
  let problems: Problem[];
  try {
    Y.applyUpdate(doc, readLetterState(path));
    problems = findLetterProblems(doc);
  } finally {
    doc.destroy();
  }
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ problems }, null, 2)}\n`);
  } else if (problems.length === 0) {
    io.stdout('No problems found.\n');
  } else {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    io.stdout(`${[...problems.map((problem) => `- ${problem.message}`), count].join('\n')}\n`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.problemsFound;
}
