import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { HOST_SCRIPT, startHost, type RunningHost } from '../../tests/support/web-host';
import { fileForRef, gzipBytes, initialScriptRefs } from '../lib/initial-js';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';
import { letterFile, openApp, staticDirWithBarePage } from './typing';

/** Picks this scenario on the command line. */
export const name = 'startup';

/** Printed while the scenario runs. */
export const description =
  'browser mode: cold start to the home screen, beside a plain page, and to the big letter accepting a typed ' +
  'character, beside bare TipTap + Yjs with its text, from the same host; initial JS (gzip)';

const RENDERER_DIR = join(__dirname, '..', '..', 'out', 'renderer');
const PLAIN_PAGE = 'plain.html';
// Same heading and button as the home screen, so both pages are timed to the same locator.
const PLAIN_HTML =
  '<!doctype html>\n<html lang="en">\n<head><meta charset="UTF-8" /><title>Plain</title></head>\n' +
  '<body><h1>Letters</h1><button type="button">New letter</button></body>\n</html>\n';
const WARM_UPS = 1;
const SAMPLES = 7;
// Far above any healthy load, so a broken page fails with a clear message instead of hanging the run.
const VISIBLE_TIMEOUT_MS = 30_000;
// The title `appLetterFile` gives the big letter, as the home screen lists it.
const BIG_LETTER_TITLE = 'A real-sized coalition letter';
// Typed into the first paragraph of both pages; no word of the generated letter has it.
const TYPED_KEY = 'Z';

/** Measures both figures against one host process that serves the app and the plain page. */
export async function run(): Promise<Figure[]> {
  requireBuild();
  const work = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  try {
    const staticDir = await staticDirWithPlainAndBarePages(work);
    const coldStarts = await measureColdStarts(staticDir, work);
    return [...coldStarts, initialJs(staticDir)];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// The scenario measures the build as it is rather than building, so it never benchmarks a half-edited tree.
function requireBuild(): void {
  for (const file of [HOST_SCRIPT, join(RENDERER_DIR, 'index.html')]) {
    if (!existsSync(file)) {
      throw new Error(`${relative(process.cwd(), file)} is missing: run "npx electron-vite build" first.`);
    }
  }
}

// The host serves one static folder, so the plain and bare pages join a copy of the renderer to come from the same
// process.
async function staticDirWithPlainAndBarePages(work: string): Promise<string> {
  const staticDir = await staticDirWithBarePage(work);
  writeFileSync(join(staticDir, PLAIN_PAGE), PLAIN_HTML);
  return staticDir;
}

async function measureColdStarts(staticDir: string, work: string): Promise<Figure[]> {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    host = await startHost(['--port', '0', '--data-dir', join(work, 'data'), '--static-dir', staticDir]);
    browser = await launchChromium();
    return await sampleColdStarts(browser, host, work);
  } finally {
    await browser?.close();
    await host?.stop();
  }
}

async function sampleColdStarts(browser: Browser, host: RunningHost, work: string): Promise<Figure[]> {
  const home = await sampleBoth(
    () => timeToNewLetterButton(browser, host.url),
    () => timeToNewLetterButton(browser, new URL(PLAIN_PAGE, host.origin).href),
  );
  // The big letter goes into the store once, as "Open letter file…" puts it there; every sample then opens it.
  await (await openApp(browser, host.url, letterFile(work))).context().close();
  const letter = await sampleBoth(
    () => timeToEditableLetter(browser, host.url),
    () => timeToEditableBare(browser, new URL('bare.html', host.origin).href),
  );
  return [homeFigure(home), letterFigure(letter)];
}

function homeFigure(samples: Samples): Figure {
  return {
    name: 'cold start to home screen',
    unit: 'ms',
    ours: median(samples.ours),
    baseline: median(samples.baseline),
    // Measured on 2 cores: 320-370 ms against 110-140 ms (ratio 2.5-2.9); with both cores kept busy, 530-690 ms
    // against 255-410 ms (the ratio drops, as the harness's share of both grows). 1500 ms keeps twice that busy
    // case's headroom; a ratio of 6 is twice the quiet case's, and about 400 ms of extra work before the
    // first render crosses it.
    target: { max: 1500, maxRatio: 6 },
    samples,
  };
}

function letterFigure(samples: Samples): Figure {
  return {
    name: 'cold start to an editable letter',
    unit: 'ms',
    ours: median(samples.ours),
    baseline: median(samples.baseline),
    // The target: from a cold page to the big letter taking a typed character, through the home screen,
    // within 1.5× the bare page loading the same text.
    target: { maxRatio: 1.5 },
    samples,
  };
}

interface Samples {
  ours: number[];
  baseline: number[];
}

// Samples alternate between the two pages so that a slow stretch of the machine weighs on both alike.
async function sampleBoth(ours: () => Promise<number>, baseline: () => Promise<number>): Promise<Samples> {
  const samples: Samples = { ours: [], baseline: [] };
  for (let index = 0; index < WARM_UPS + SAMPLES; index += 1) {
    const app = await ours();
    const other = await baseline();
    if (index >= WARM_UPS) {
      samples.ours.push(app);
      samples.baseline.push(other);
    }
  }
  return samples;
}

// A fresh context each time: no cache, storage or service worker carries over, so every sample is a cold start.
async function timeToNewLetterButton(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const button = page.getByRole('button', { name: 'New letter', exact: true });
    const start = performance.now();
    // 'commit' returns as soon as the response arrives, so the figure is the button's appearance, not the load event.
    await page.goto(url, { waitUntil: 'commit' });
    await button.waitFor({ state: 'visible', timeout: VISIBLE_TIMEOUT_MS });
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

// From the address to the letter taking a key: the home screen, a click on the letter's title, the letter's screen,
// a click in its first paragraph, the key, until the character is in the paragraph.
async function timeToEditableLetter(browser: Browser, url: string): Promise<number> {
  return timeInFreshContext(browser, async (page) => {
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .getByRole('button', { name: BIG_LETTER_TITLE, exact: true })
      .click({ timeout: VISIBLE_TIMEOUT_MS });
    await typeIntoFirstParagraph(page, '.letter-body > p');
  });
}

async function timeToEditableBare(browser: Browser, url: string): Promise<number> {
  return timeInFreshContext(browser, async (page) => {
    await page.goto(url, { waitUntil: 'commit' });
    await typeIntoFirstParagraph(page, '.ProseMirror > p');
  });
}

async function typeIntoFirstParagraph(page: Page, paragraphs: string): Promise<void> {
  const first = `${paragraphs}:first-of-type`;
  await page.locator(first).click({ timeout: VISIBLE_TIMEOUT_MS });
  await page.keyboard.press(TYPED_KEY);
  // A string, since the bench is compiled without DOM types.
  await page.waitForFunction(
    `document.querySelector(${JSON.stringify(first)})?.textContent.includes(${JSON.stringify(TYPED_KEY)})`,
    undefined,
    { timeout: VISIBLE_TIMEOUT_MS },
  );
}

// A fresh context each time: no cache, storage or service worker carries over, so every sample is a cold start.
async function timeInFreshContext(browser: Browser, steps: (page: Page) => Promise<void>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const start = performance.now();
    await steps(page);
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

function initialJs(staticDir: string): Figure {
  const html = readFileSync(join(staticDir, 'index.html'), 'utf8');
  const refs = initialScriptRefs(html);
  if (refs.length === 0) {
    throw new Error('out/renderer/index.html references no scripts: is the build complete?');
  }
  const ours = refs.reduce((sum, ref) => sum + gzipBytes(fileForRef(staticDir, ref)), 0);
  return {
    name: 'initial JS (gzip)',
    unit: 'bytes',
    ours,
    baseline: gzipBytes(join(staticDir, PLAIN_PAGE)),
    // About 144 KB today (React, zod, Yjs, the API client and the home screen; the editor and the dialogs load
    // later). 250 KB leaves room to grow but catches the editor or another large library slipping into the first
    // load. No ratio: the baseline is a few hundred bytes, so any ratio to it says nothing.
    target: { max: 250 * 1024 },
  };
}
