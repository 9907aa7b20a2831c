import { performance } from 'node:perf_hooks';
import { importLetterText } from '../../src-common/import/build-letter';
import { letterTextFrom, type ImportSource } from '../../src-common/import/letter-text';
import { ImportTooLarge } from '../../src-common/limits';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'hostile-import';

/** Printed while the scenario runs. */
export const description =
  'read texts a security review found slow (a line of emphasis openers, HTML nested 100,000 deep, a Markdown ' +
  'table of 100,000 rows) beside ordinary texts of the same size, and refuse 80 MB of "<b>x</b>" (time and memory)';

const SAMPLES = 3;
// Linear code reads a hostile text in a small multiple of the time a plain one of the same size takes.
const MAX_RATIO = 4;

/** Each hostile input beside a plain one of the same length, and the refusal of a page of millions of tags. */
export async function run(): Promise<Figure[]> {
  const deep = 100_000;
  // First, so its memory figure is not the other texts' leftovers.
  const refusal = refuseTags();
  return [
    beside(
      'a 150 KB line of "*a " (emphasis openers with no closer)',
      '*a '.repeat(50_000),
      // As much formatting, well formed: the hostile line may cost what a formatted one does, no more.
      '*a* '.repeat(37_500),
      'text',
    ),
    beside(
      `HTML nested ${deep.toLocaleString('en')} deep`,
      `${'<div>'.repeat(deep)}x${'</div>'.repeat(deep)}`,
      '<p>abcdefghi</p>'.repeat(Math.round((11 * deep) / 16)),
      'html',
    ),
    beside(
      'a Markdown table of 100,000 rows',
      `| Organization | Country |\n|---|---|\n${'| Friends of the Earth | Kenya |\n'.repeat(100_000)}`,
      // The same 100,000 signatories as lines: what the table's markup adds, not what the list costs.
      `Signed by:\n${'Friends of the Earth, Kenya\n'.repeat(100_000)}`,
      'markdown',
    ),
    refusal,
  ];
}

function beside(what: string, hostile: string, plain: string, source: ImportSource): Figure {
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    baseline.push(timed(() => readWhole(plain, source)));
    ours.push(timed(() => readWhole(hostile, source)));
  }
  return {
    name: `read ${what}, beside an ordinary text of the same size`,
    unit: 'ms',
    ours: median(ours),
    baseline: median(baseline),
    target: { maxRatio: MAX_RATIO },
    samples: { ours, baseline },
  };
}

function readWhole(raw: string, source: ImportSource): void {
  try {
    importLetterText(letterTextFrom(raw, source), () => 'id').doc.destroy();
  } catch (error) {
    if (!(error instanceof ImportTooLarge)) {
      throw error;
    }
  }
}

function refuseTags(): Figure {
  // The page itself is in memory already, as it is when read from a file or a paste: one flat string. `repeat`
  // alone gives a rope of joined pieces, which the first read of its characters would copy into 80 MB more.
  const html = Buffer.from('<b>x</b>'.repeat(10 * 1024 * 1024), 'latin1').toString('latin1');
  const before = process.memoryUsage().rss;
  const started = performance.now();
  let refused = false;
  try {
    letterTextFrom(html, 'html');
  } catch (error) {
    refused = error instanceof ImportTooLarge;
  }
  const elapsed = performance.now() - started;
  if (!refused) {
    throw new Error('80 MB of tags were not refused.');
  }
  console.error(`  80 MB of "<b>x</b>" refused in ${Math.round(elapsed)} ms`);
  return {
    name: 'memory added while refusing 80 MB of "<b>x</b>" (limit 500,000 tags), beside the page’s own size',
    unit: 'bytes',
    ours: Math.max(0, process.memoryUsage().rss - before),
    baseline: html.length,
    target: { maxRatio: 1 },
  };
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
