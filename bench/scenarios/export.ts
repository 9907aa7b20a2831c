import { escapeHtml } from '../../src-common/render/html';
import { renderPlainText } from '../../src-common/render/plain-text';
import { renderModelFromState } from '../../src-common/render/render-model';
import { EXPORT_FORMATS, exportChoicesSchema, type ExportFormat } from '../../src-common/api/export-schemas';
import { exportLetter } from '../../src-main/export/export-letter';
import { printPdfWithChromium } from '../../src-main/export/pdf';
import { launchChromium } from '../../tests/support/chromium';
import { longLetterState } from '../../tests/support/long-letter';
import { median } from '../lib/stats';
import type { Figure, Target } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'export';

/** Printed while the scenario runs. */
export const description =
  'a letter of 2,000 signatories to every format; the PDF beside Chromium printing a plain page of the same text';

const SIGNATORIES = 2000;
const WARM_UPS = 1;
// Printing starts a browser each time: fewer samples keep the run short on a shared machine.
const SAMPLES: Record<'pdf' | 'other', number> = { pdf: 3, other: 7 };

// Budgets: an export should never feel stuck. The PDF may cost up to three plain prints (fonts, layout, links);
// the other formats are compared with reading the letter into the render model, the work they all start with.
const TARGETS: Record<ExportFormat, Target> = {
  pdf: { max: 15_000, maxRatio: 3 },
  docx: { max: 3_000 },
  html: { max: 1_000 },
  fragment: { max: 1_000 },
  md: { max: 1_000 },
  txt: { max: 1_000 },
};

/** Times every format on one generated letter, each beside its baseline, alternating so both see the same machine. */
export async function run(): Promise<Figure[]> {
  const state = longLetterState(SIGNATORIES);
  const plainPage = plainPageOf(state);
  const figures: Figure[] = [];
  for (const format of EXPORT_FORMATS) {
    const choices = exportChoicesSchema.parse({ format, countSentence: true });
    const baseline =
      format === 'pdf'
        ? () => printPlainPage(plainPage)
        : async () => renderModelFromState(state).signatories.entries.length;
    const samples = await sampleBoth(
      () => exportLetter(state, choices, printPdfWithChromium),
      baseline,
      format === 'pdf' ? SAMPLES.pdf : SAMPLES.other,
    );
    figures.push({
      name: `${format} of ${SIGNATORIES.toLocaleString('en')} signatories${format === 'pdf' ? ' (baseline: plain page printed)' : ' (baseline: render model)'}`,
      unit: 'ms',
      ours: median(samples.ours),
      baseline: median(samples.baseline),
      target: TARGETS[format],
      samples,
    });
  }
  return figures;
}

async function sampleBoth(
  ours: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  count: number,
): Promise<{ ours: number[]; baseline: number[] }> {
  const samples = { ours: [] as number[], baseline: [] as number[] };
  for (let index = 0; index < WARM_UPS + count; index += 1) {
    const oursMs = await time(ours);
    const baselineMs = await time(baseline);
    if (index >= WARM_UPS) {
      samples.ours.push(oursMs);
      samples.baseline.push(baselineMs);
    }
  }
  return samples;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

// The same words as the letter, one paragraph per line, with no stylesheet, fonts or links.
function plainPageOf(state: Uint8Array): string {
  const paragraphs = renderPlainText(renderModelFromState(state))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Plain</title></head>\n<body>\n${paragraphs.join('\n')}\n</body>\n</html>\n`;
}

// Launches its own browser as the export does, so both figures include the same start-up.
async function printPlainPage(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4' });
  } finally {
    await browser.close();
  }
}
