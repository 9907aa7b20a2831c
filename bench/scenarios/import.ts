import { performance } from 'node:perf_hooks';
import { importLetterText } from '../../src-common/import/build-letter';
import { IMPORT_LIMITS, ImportTooLarge, importTooLarge } from '../../src-common/limits';
import { importReport } from '../../src-common/api/import-report';
import { splitLines } from '../../src-common/import/segment';
import { MAX_UNZIPPED_BYTES } from '../../src-common/import/zip-limits';
import { UnreadableWordFile, wordFileText } from '../../src-main/import/word-text';
import { mergedListLetter } from '../../tests/support/long-lists';
import { lyingZipBomb } from '../../tests/support/zip-bomb';
import {
  LONG_LIST_SIGNATORY_LINES,
  LONG_TEXT_SIGNATORY_LINES,
  longListLetter,
  longTextLetter,
} from '../lib/import-letters';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'import';

/** Printed while the scenario runs. */
export const description =
  'import two letters just under the line limit (nearly all text; nearly all signatories) and one at the ' +
  'signatory limit (every line two organizations), beside splitting them into lines; refuse text over the size ' +
  'limit, a list over the signatory limit, and a zip bomb named .docx that hides its size (time and memory)';

const SAMPLES = 3;
const BOMB_MEGABYTES = 2_000;

/** The import's speed under the caps and its refusals of hostile input. */
export async function run(): Promise<Figure[]> {
  // The bomb goes first, so its memory figure is not the large letters' leftovers.
  const bomb = await measureZipBomb();
  return [
    measureImport(longTextLetter(), 'letter', LONG_TEXT_SIGNATORY_LINES),
    measureImport(longListLetter(), 'letter, nearly all signatories', LONG_LIST_SIGNATORY_LINES),
    measureImport(
      mergedListLetter(IMPORT_LIMITS.signatories / 2),
      `letter of ${IMPORT_LIMITS.signatories.toLocaleString('en')} signatories, two on each line`,
      IMPORT_LIMITS.signatories / 2,
    ),
    measureOverCap(),
    measureTooManySignatories(),
    bomb,
  ];
}

function measureImport(text: string, what: string, expectedSignatoryLines: number): Figure {
  const ours: number[] = [];
  const baseline: number[] = [];
  let id = 0;
  let signatoryLines = -1;
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    baseline.push(timed(() => splitLines(text).map((line) => line.trim())));
    ours.push(
      timed(() => {
        const imported = importLetterText(text, () => `id-${(id += 1)}`);
        importReport(imported);
        signatoryLines = imported.signatoryLines.length;
        imported.doc.destroy();
      }),
    );
  }
  const lines = splitLines(text).length;
  // The unit tests import lists of a few thousand lines; only here is a list at the caps read, so check it whole.
  if (signatoryLines !== expectedSignatoryLines) {
    throw new Error(`The ${what} read ${signatoryLines} signatory lines, not ${expectedSignatoryLines}.`);
  }
  return {
    name: `import a ${lines.toLocaleString('en')}-line ${what} (${megabytes(text.length)} MB, limit ${IMPORT_LIMITS.lines.toLocaleString('en')} lines)`,
    unit: 'ms',
    ours: median(ours),
    baseline: median(baseline),
    target: { max: 10_000 },
    samples: { ours, baseline },
  };
}

function measureOverCap(): Figure {
  const text = 'x'.repeat(IMPORT_LIMITS.characters + 1024);
  const ours = [timed(() => importTooLarge(text))];
  const baseline = [timed(() => text.indexOf('\n'))];
  return {
    name: `refuse text over the ${IMPORT_LIMITS.characters / 1024 / 1024} MB limit`,
    unit: 'ms',
    ours: median(ours),
    baseline: median(baseline),
    target: { max: 5_000 },
  };
}

// Each line merges two organizations, so the count passes the limit only once the lines are read.
function measureTooManySignatories(): Figure {
  const text = mergedListLetter(IMPORT_LIMITS.signatories);
  const ours = [
    timed(() => {
      try {
        importLetterText(text, () => 'id');
      } catch (error) {
        if (error instanceof ImportTooLarge) {
          return;
        }
        throw error;
      }
      throw new Error('The list over the signatory limit was not refused.');
    }),
  ];
  const baseline = [timed(() => splitLines(text).map((line) => line.trim()))];
  return {
    name: `refuse a list of ${(2 * IMPORT_LIMITS.signatories).toLocaleString('en')} signatories (limit ${IMPORT_LIMITS.signatories.toLocaleString('en')})`,
    unit: 'ms',
    ours: median(ours),
    baseline: median(baseline),
    target: { max: 5_000 },
  };
}

async function measureZipBomb(): Promise<Figure> {
  const bomb = await lyingZipBomb(BOMB_MEGABYTES);
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const refused = await wordFileText('bomb.docx', bomb).then(
    () => false,
    (error: unknown) => error instanceof UnreadableWordFile,
  );
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  if (!refused) {
    throw new Error('The zip bomb was not refused.');
  }
  console.error(`  zip bomb (${BOMB_MEGABYTES} MB inflated) refused in ${Math.round(elapsed)} ms`);
  return {
    name: `memory while refusing a ${BOMB_MEGABYTES / 1000} GB zip bomb (limit ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB unzipped)`,
    unit: 'bytes',
    ours: Math.max(peak, process.memoryUsage().rss),
    baseline: before,
    target: { max: 500 * 1024 * 1024 },
  };
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function megabytes(characters: number): string {
  return (characters / 1024 / 1024).toFixed(1);
}
