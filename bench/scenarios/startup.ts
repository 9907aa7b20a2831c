import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { HOST_SCRIPT, startHost, type RunningHost } from '../../tests/support/web-host';
import { fileForRef, gzipBytes, initialScriptRefs } from '../lib/initial-js';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'startup';

/** Printed while the scenario runs. */
export const description =
  'browser mode: cold start to the home screen and initial JS (gzip), beside a plain page from the same host';

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

/** Measures both figures against one host process that serves the app and the plain page. */
export async function run(): Promise<Figure[]> {
  requireBuild();
  const work = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  try {
    const staticDir = copyRendererWithPlainPage(work);
    const coldStart = await measureColdStart(staticDir, join(work, 'data'));
    return [coldStart, initialJs(staticDir)];
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

// The host serves one static folder, so the plain page joins a copy of the renderer to come from the same process.
function copyRendererWithPlainPage(work: string): string {
  const staticDir = join(work, 'static');
  cpSync(RENDERER_DIR, staticDir, { recursive: true });
  writeFileSync(join(staticDir, PLAIN_PAGE), PLAIN_HTML);
  return staticDir;
}

async function measureColdStart(staticDir: string, dataDir: string): Promise<Figure> {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    host = await startHost(['--port', '0', '--data-dir', dataDir, '--static-dir', staticDir]);
    browser = await launchChromium();
    const samples = await sampleBoth(browser, host.url, new URL(PLAIN_PAGE, host.origin).href);
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
  } finally {
    await browser?.close();
    await host?.stop();
  }
}

// Samples alternate between the two pages so that a slow stretch of the machine weighs on both alike.
async function sampleBoth(
  browser: Browser,
  appUrl: string,
  plainUrl: string,
): Promise<{ ours: number[]; baseline: number[] }> {
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let index = 0; index < WARM_UPS + SAMPLES; index += 1) {
    const app = await timeToNewLetterButton(browser, appUrl);
    const plain = await timeToNewLetterButton(browser, plainUrl);
    if (index >= WARM_UPS) {
      ours.push(app);
      baseline.push(plain);
    }
  }
  return { ours, baseline };
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
    // About 123 KB today (React, the API client and the home screen; the editor loads later). 250 KB leaves room
    // to grow but catches the editor or another large library slipping into the first load. No ratio: the
    // baseline is a few hundred bytes, so any ratio to it says nothing.
    target: { max: 250 * 1024 },
  };
}
