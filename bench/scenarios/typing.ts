import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { HOST_SCRIPT, startHost, type RunningHost } from '../../tests/support/web-host';
import { appLetterFile, bareLetterState, REAL_LETTER } from '../lib/typing-letter';
import { installProbe, percentile, typeAndSample, type KeySample } from '../lib/typing-probe';
import type { Figure } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'typing';

/** Printed while the scenario runs. */
export const description =
  'typing in a 20,000-character letter with 50 notes and 2,000 signatories, key → DOM updated and key → next ' +
  'paint, beside bare TipTap + Yjs holding the same text (needs a build)';

const RENDERER_DIR = join(__dirname, '..', '..', 'out', 'renderer');
const BARE_DIR = join(__dirname, '..', 'bare-editor');
// A fast typist's steady pace (about 14 characters a second).
const INTERVAL_MS = 70;
// The first round of each page warms it up (code compiled, caches filled) and is not counted.
const ROUNDS = 5;
const TYPED = 'signed by partners across the region ';
const KEYS_PER_ROUND = TYPED.repeat(2);
// The paragraph typed into: the middle of the letter, so text and references lie on both sides of the caret.
const PARAGRAPH = 25;

/** Times both pages in one browser and one host, round by round, so a slow stretch of the machine weighs on both. */
export async function run(): Promise<Figure[]> {
  requireBuild();
  const work = mkdtempSync(join(tmpdir(), 'undersigned-bench-typing-'));
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    const staticDir = await staticDirWithBarePage(work);
    host = await startHost(['--port', '0', '--data-dir', join(work, 'data'), '--static-dir', staticDir]);
    browser = await launchChromium();
    const ours = await openApp(browser, host.url, letterFile(work));
    const bare = await openBare(browser, new URL('bare.html', host.origin).href);
    const samples = await sampleRounds(ours, bare);
    return figures(samples);
  } finally {
    await browser?.close();
    await host?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

// The scenario measures the build as it is rather than building, so it never benchmarks a half-edited tree.
export function requireBuild(): void {
  for (const file of [HOST_SCRIPT, join(RENDERER_DIR, 'index.html')]) {
    if (!existsSync(file)) {
      throw new Error(`${relative(process.cwd(), file)} is missing: run "npx electron-vite build" first.`);
    }
  }
}

// The host serves one folder: the built app, and beside it the bare page, bundled now, with its letter.
export async function staticDirWithBarePage(
  work: string,
  { rendererDir = RENDERER_DIR, minify = true }: { rendererDir?: string; minify?: boolean } = {},
): Promise<string> {
  const staticDir = join(work, 'static');
  cpSync(rendererDir, staticDir, { recursive: true });
  await build({
    entryPoints: [join(BARE_DIR, 'page.ts')],
    outfile: join(staticDir, 'bare.js'),
    bundle: true,
    minify,
    format: 'iife',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  copyFileSync(join(BARE_DIR, 'page.html'), join(staticDir, 'bare.html'));
  copyFileSync(join(BARE_DIR, 'bare.css'), join(staticDir, 'bare.css'));
  writeFileSync(join(staticDir, 'bare-letter.bin'), bareLetterState(REAL_LETTER));
  return staticDir;
}

export function letterFile(work: string): string {
  const path = join(work, 'real-sized.letter.json');
  writeFileSync(path, JSON.stringify(appLetterFile(REAL_LETTER)));
  return path;
}

export async function openApp(browser: Browser, url: string, file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('list', { name: 'Signatories' }).getByRole('listitem').first().waitFor();
  await placeCaret(page, `.letter-body > p:nth-of-type(${PARAGRAPH})`);
  return page;
}

export async function openBare(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await placeCaret(page, `.ProseMirror > p:nth-of-type(${PARAGRAPH})`);
  return page;
}

async function placeCaret(page: Page, paragraph: string): Promise<void> {
  await page.locator(paragraph).click();
  await page.keyboard.press('End');
  await installProbe(page);
}

async function sampleRounds(ours: Page, bare: Page): Promise<{ ours: KeySample[]; bare: KeySample[] }> {
  const samples = { ours: [] as KeySample[], bare: [] as KeySample[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [page, into] of [
      [ours, samples.ours],
      [bare, samples.bare],
    ] as const) {
      await page.bringToFront();
      const keys = await typeAndSample(page, KEYS_PER_ROUND, INTERVAL_MS);
      if (round > 0) {
        into.push(...keys);
      }
    }
  }
  return samples;
}

function figures(samples: { ours: KeySample[]; bare: KeySample[] }): Figure[] {
  const keys = samples.ours.length.toLocaleString('en');
  const measures = [
    { label: 'key → DOM updated', pick: (sample: KeySample) => sample.dom },
    { label: 'key → next paint', pick: (sample: KeySample) => sample.paint },
  ];
  return measures.flatMap(({ label, pick }) =>
    [
      { quantile: 'p50', share: 0.5 },
      { quantile: 'p95', share: 0.95 },
    ].map(({ quantile, share }) => ({
      name: `typing, ${label}, ${quantile} (${keys} keys)`,
      unit: 'ms',
      ours: percentile(samples.ours.map(pick), share),
      baseline: percentile(samples.bare.map(pick), share),
      // The target: typing in a real letter as fast as in bare TipTap + Yjs holding the same text, within
      // a quarter. No absolute limit: on a shared machine it would measure the machine.
      target: { maxRatio: 1.25 },
      samples: { ours: samples.ours.map(pick), baseline: samples.bare.map(pick) },
    })),
  );
}
