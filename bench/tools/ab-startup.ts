// Compares two builds of the renderer at the startup benchmark's "cold start to an editable letter", beside the bare
// page, alternating in one browser: for each start the wall time from the address to the typed key in the paragraph,
// and the main thread's CPU time up to the key (thread time from a trace, which other programs on the machine
// disturb far less than wall time; idle callbacks left out, since they run whenever the page waits for the next
// step). Each build is served by a host of its own holding the big letter. For trying a change before believing it:
//
//   npx electron-vite build --outDir /tmp/a && (edit) && npx electron-vite build --outDir /tmp/b
//   npx tsx bench/tools/ab-startup.ts /tmp/a/renderer /tmp/b/renderer [rounds]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { startHost, type RunningHost } from '../../tests/support/web-host';
import { median } from '../lib/stats';
import { letterFile, openApp, staticDirWithBarePage } from '../lib/typing-pages';
import { startTracing, TIMELINE, type TraceEvent } from './cdp-recording';

const BIG_LETTER_TITLE = 'A real-sized coalition letter';

interface Start {
  wallMs: number;
  cpuMs: number;
}

async function timedStart(browser: Browser, url: string, bare: boolean): Promise<Start> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const tracing = await startTracing(await context.newCDPSession(page), TIMELINE);
    const first = bare ? '.ProseMirror > p:first-of-type' : '.letter-body > p:first-of-type';
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    if (!bare) {
      await page.getByRole('button', { name: BIG_LETTER_TITLE, exact: true }).click();
    }
    await page.locator(first).click();
    await page.keyboard.press('Z');
    await page.waitForFunction(`document.querySelector('${first}')?.textContent.includes('Z')`);
    const wallMs = performance.now() - start;
    await tracing.stop();
    return { wallMs, cpuMs: cpuToKey(tracing.events) };
  } finally {
    await context.close();
  }
}

// The page's main thread is the one that ran the most script.
function cpuToKey(events: TraceEvent[]): number {
  const runs = new Map<string, number>();
  for (const event of events) {
    if (event.name === 'FunctionCall' || event.name === 'EvaluateScript') {
      const thread = `${event.pid}:${event.tid}`;
      runs.set(thread, (runs.get(thread) ?? 0) + 1);
    }
  }
  const main = [...runs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X');
  const key = onMain.find((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  const idle = onMain.filter((event) => event.name === 'FireIdleCallback');
  const within = (task: TraceEvent, at: number) => at >= task.ts && at < task.ts + (task.dur ?? 0);
  const tasks = onMain.filter(
    (event) =>
      event.name === 'RunTask' &&
      event.ts <= (key?.ts ?? Infinity) &&
      !idle.some((callback) => within(event, callback.ts)),
  );
  return tasks.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0) / 1000;
}

async function hostFor(browser: Browser, rendererDir: string, work: string): Promise<RunningHost> {
  const staticDir = await staticDirWithBarePage(work, { rendererDir });
  const host = await startHost(['--port', '0', '--data-dir', join(work, 'data'), '--static-dir', staticDir]);
  await (await openApp(browser, host.url, letterFile(work))).context().close();
  return host;
}

function summary(label: string, starts: Start[]): string {
  const wall = median(starts.map((start) => start.wallMs)).toFixed(0);
  const cpu = median(starts.map((start) => start.cpuMs)).toFixed(0);
  return `${label.padEnd(6)} wall ${wall.padStart(5)} ms   main-thread CPU to the key ${cpu.padStart(4)} ms`;
}

async function main(): Promise<void> {
  const [dirA, dirB, roundsArg] = process.argv.slice(2);
  if (!dirA || !dirB) {
    throw new Error('Usage: ab-startup.ts <renderer dir A> <renderer dir B> [rounds]');
  }
  const rounds = Number(roundsArg ?? 8);
  const works = [dirA, dirB].map(() => mkdtempSync(join(tmpdir(), 'undersigned-ab-startup-')));
  const browser = await launchChromium();
  const hosts: RunningHost[] = [];
  try {
    hosts.push(await hostFor(browser, dirA, works[0] ?? ''), await hostFor(browser, dirB, works[1] ?? ''));
    const pages = [...hosts.map((host) => ({ url: host.url, bare: false })), { url: '', bare: true }];
    const bareUrl = new URL('bare.html', hosts[0]?.origin).href;
    const starts: Start[][] = [[], [], []];
    // One round more than asked: the first warms the browser and the hosts up and is left out.
    for (let round = 0; round <= rounds; round += 1) {
      for (const [index, page] of pages.entries()) {
        const start = await timedStart(browser, page.bare ? bareUrl : page.url, page.bare);
        if (round > 0) {
          starts[index]?.push(start);
        }
      }
    }
    ['A', 'B', 'bare'].forEach((label, index) => console.log(summary(label, starts[index] ?? [])));
  } finally {
    await browser.close();
    await Promise.all(hosts.map((host) => host.stop()));
    works.forEach((work) => rmSync(work, { recursive: true, force: true }));
  }
}

void main();
