import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readImportText } from '../../../cli/import-file';
import { importLetterText } from '../../../src-common/import/build-letter';
import { importReport } from '../../../src-common/api/import-report';
import type { Problem } from '../../../src-common/problems';

/** What the import made of a letter, as far as the scorecard looks at it. */
export interface ImportedForScore {
  /** The letter text read from the file, before the import parsed it. */
  text: string;
  title: string;
  paragraphs: string[];
  notes: { number: number; text: string; urls: string[] }[];
  signatories: { name: string; country?: string; kind?: 'organization' | 'person' }[];
  /** The claim quoted by each count problem the import reported ("over 100"). */
  countProblems: string[];
  /** Reading the file, importing the text and writing the report. */
  seconds: number;
  /** Why the file could not be imported at all; everything else is empty then. */
  error?: string;
}

/**
 * Imports a letter folder's input the way `npm run cli -- import` does (the same file reading, the same options),
 * and times it. A refused or unreadable file is reported in `error` rather than thrown, so one bad letter does not
 * hide the others' scores.
 */
export async function importCorpusLetter(
  folder: string,
  input = inputFileOf(folder),
): Promise<ImportedForScore> {
  const path = join(folder, input);
  const started = performance.now();
  try {
    const text = await readImportText(path);
    let id = 0;
    const imported = importLetterText(text, () => `id-${(id += 1)}`);
    const report = importReport(imported);
    imported.doc.destroy();
    return {
      text,
      title: imported.title,
      paragraphs: imported.paragraphs,
      notes: imported.notes,
      signatories: imported.signatories,
      countProblems: countProblemClaims(report.problems),
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    return {
      ...EMPTY,
      seconds: (performance.now() - started) / 1000,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

const EMPTY: Omit<ImportedForScore, 'seconds'> = {
  text: '',
  title: '',
  paragraphs: [],
  notes: [],
  signatories: [],
  countProblems: [],
};

/**
 * The claims the count problems quote. checkCountClaims words each problem as `The letter says “over 230”, but …`,
 * and the quoted text is the only part that names the claim.
 */
export function countProblemClaims(problems: readonly Problem[]): string[] {
  return problems.flatMap((problem) => {
    if (problem.kind !== 'count-claim') {
      return [];
    }
    const quoted = /says “([^”]*)”/u.exec(problem.message)?.[1];
    return quoted === undefined ? [] : [quoted];
  });
}

function inputFileOf(folder: string): string {
  const inputs = readdirSync(folder).filter((name) => /^input\.[a-z]+$/u.test(name));
  const [only] = inputs;
  if (only === undefined || inputs.length > 1) {
    throw new Error(`${folder} must hold exactly one input.* file; it holds ${inputs.length}.`);
  }
  return only;
}
