import { performance } from 'node:perf_hooks';
import { splitLines } from '../../src-common/import/segment';
import { CORPUS_DIR, loadCorpus, type SkippedFolder } from '../../tests/support/real-letters/corpus';
import { formatLetterTable } from '../../tests/support/real-letters/format';
import { scoreLetter } from '../../tests/support/real-letters/score';
import { plainLinesImport, scoreCorpus, type CorpusResult } from '../../tests/support/real-letters/scorecard';
import {
  GOOD_SHARE,
  scorecardTotals,
  type ScorecardTotals,
  type ScoredLetter,
} from '../../tests/support/real-letters/totals';
import type { Figure } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'import-accuracy';

/** Printed while the scenario runs. */
export const description =
  'import the published letters of tests/fixtures/real-letters as `cli import` does and score them against ' +
  'their truth.json (signatories, countries, kinds, notes, addresses, title, body, furniture, count claims), beside ' +
  'the file’s text taken line by line';

// The whole corpus should import in a few seconds: the ratchet test runs it in `npm test`.
const CORPUS_MS = 5_000;

/** Each letter's signatory precision and recall, then the corpus' totals; the detail goes to the results file. */
export async function run(): Promise<Figure[]> {
  const corpus = loadCorpus(CORPUS_DIR, (line) => console.error(line));
  if (corpus.letters.length === 0) {
    throw new Error(`${CORPUS_DIR} holds no letter with a readable truth.json yet.`);
  }
  const results = await scoreCorpus(corpus.letters);
  const totals = scorecardTotals(results);
  const baselines = results.map(plainLinesScore);
  // The readable table goes to stderr with the progress lines: stdout holds only the runner's table.
  console.error(`\n${formatLetterTable(results, totals)}\n`);
  return [
    ...results.flatMap((result, index) => letterFigures(result, baselines[index] ?? result)),
    ...totalFigures(totals, scorecardTotals(baselines), corpus.skipped),
    importTime(results, totals),
  ];
}

function plainLinesScore(result: CorpusResult): ScoredLetter {
  return { ...result, score: scoreLetter(result.letter.truth, plainLinesImport(result.imported.text)) };
}

function letterFigures(result: CorpusResult, baseline: ScoredLetter): Figure[] {
  const { signatories } = result.score;
  const share = (label: string, ours: number, base: number): Figure => ({
    name: `${result.slug}: signatory ${label} (${signatories.matched} of ${label === 'recall' ? signatories.truth : signatories.imported})`,
    unit: '',
    ours,
    baseline: base,
    target: { min: GOOD_SHARE },
  });
  return [
    {
      ...share('recall', signatories.recall, baseline.score.signatories.recall),
      detail: { slug: result.slug, language: result.language, shapes: result.shapes, ...result.score },
    },
    share('precision', signatories.precision, baseline.score.signatories.precision),
  ];
}

function totalFigures(
  totals: ScorecardTotals,
  baseline: ScorecardTotals,
  skipped: SkippedFolder[],
): Figure[] {
  const share = (label: string, key: keyof ScorecardTotals): Figure => ({
    name: `all letters: ${label}`,
    unit: '',
    ours: totals[key],
    baseline: baseline[key],
    target: { min: GOOD_SHARE },
  });
  const count = (label: string, key: keyof ScorecardTotals, unit: string): Figure => ({
    name: `all letters: ${label}`,
    unit,
    ours: totals[key],
    baseline: baseline[key],
    target: { max: 0 },
  });
  return [
    { ...share('signatory precision (micro-averaged)', 'signatoryPrecision'), detail: { totals, skipped } },
    share('signatory recall (micro-averaged)', 'signatoryRecall'),
    {
      name: `letters with signatory precision and recall >= ${GOOD_SHARE}`,
      unit: 'letters',
      ours: totals.lettersAt95,
      baseline: baseline.lettersAt95,
      target: { min: totals.letters },
    },
    share('countries right, of matched signatories with one', 'countries'),
    { ...share('kinds right (person or organization), of matched signatories', 'kinds'), target: { min: 0 } },
    count('kinds given as the other kind', 'kindsWrong', 'entries'),
    share('notes found with all their addresses', 'notes'),
    share('note addresses intact', 'urls'),
    share('titles right', 'titles'),
    share('body paragraphs found', 'body'),
    count('furniture lines kept in the letter', 'furnitureKept', 'lines'),
    count('count claims flagged though they hold', 'falseClaims', 'claims'),
    count('count claims that do not hold, not flagged', 'missedClaims', 'claims'),
  ];
}

// Beside the import, the time to split the same texts into trimmed lines, as the `import` scenario measures it.
function importTime(results: readonly CorpusResult[], totals: ScorecardTotals): Figure {
  const started = performance.now();
  for (const result of results) {
    splitLines(result.imported.text).map((line) => line.trim());
  }
  return {
    name: `import all ${totals.letters} letters (reading the file, importing, reporting)`,
    unit: 'ms',
    ours: totals.seconds * 1000,
    baseline: performance.now() - started,
    target: { max: CORPUS_MS },
  };
}
