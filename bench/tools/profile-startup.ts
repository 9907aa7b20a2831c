// Profiles the startup benchmark's "cold start to an editable letter" on our page: the main thread's long tasks in
// order, and the functions that took the most time in each phase (to the click on the letter's title, to the click
// in its first paragraph, to the typed key). Not a scenario: a tool for finding causes.
//
//   npx electron-vite build -c bench/tools/unminified.config.ts --outDir /tmp/undersigned-unminified
//   npx tsx bench/tools/profile-startup.ts [/tmp/undersigned-unminified/renderer] [--out /tmp/profiles]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { startHost, type RunningHost } from '../../tests/support/web-host';
import { letterFile, openApp, staticDirWithBarePage } from '../scenarios/typing';
import { startProfiling, type CpuProfile, type TraceEvent } from './cdp-recording';
import { functionTimes, largest } from './cpu-times';

const BIG_LETTER_TITLE = 'A real-sized coalition letter';
const FIRST_PARAGRAPH = '.letter-body > p:first-of-type';
// Tasks shorter than this are left out of the timeline.
const LONG_TASK_MS = 8;
const STARTUP_CATEGORIES =
  'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute,loading,v8';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outDir = outAt >= 0 ? args[outAt + 1] : undefined;
  const rendererDir = args.find((arg, index) => !arg.startsWith('--') && index !== outAt + 1);
  const work = mkdtempSync(join(tmpdir(), 'undersigned-profile-startup-'));
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    const staticDir = await staticDirWithBarePage(work, { rendererDir, minify: false });
    host = await startHost(['--port', '0', '--data-dir', join(work, 'data'), '--static-dir', staticDir]);
    browser = await launchChromium();
    await (await openApp(browser, host.url, letterFile(work))).context().close();
    // One unprofiled start first, as the benchmark warms up.
    await profiledStart(browser, host.url, undefined);
    await profiledStart(browser, host.url, outDir);
  } finally {
    await browser?.close();
    await host?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

async function profiledStart(browser: Browser, url: string, outDir: string | undefined): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const profiling = await startProfiling(session, STARTUP_CATEGORIES, 200);
    const marks: [string, number][] = [];
    const start = performance.now();
    const mark = (label: string) => marks.push([label, performance.now() - start]);
    await steps(page, url, mark);
    const cpu = await profiling.stop();
    const { events } = profiling;
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'startup.cpuprofile'), JSON.stringify(cpu));
      writeFileSync(join(outDir, 'startup.trace.json'), JSON.stringify({ traceEvents: events }));
    }
    console.log(marks.map(([label, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${label}`).join('\n'));
    console.log(report(cpu, events));
  } finally {
    await context.close();
  }
}

async function steps(page: Page, url: string, mark: (label: string) => void): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' });
  mark('committed');
  const title = page.getByRole('button', { name: BIG_LETTER_TITLE, exact: true });
  await title.waitFor();
  mark('title visible');
  await title.click();
  mark('title clicked');
  await page.locator(FIRST_PARAGRAPH).click();
  mark('paragraph clicked');
  await page.keyboard.press('Z');
  await page.waitForFunction(
    `document.querySelector(${JSON.stringify(FIRST_PARAGRAPH)})?.textContent.includes('Z')`,
  );
  mark('key in the paragraph');
}

function report(cpu: CpuProfile, events: TraceEvent[]): string {
  const main = mainThread(events);
  const onMain = events.filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X');
  const clicks = onMain
    .filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'click')
    .map((event) => event.ts);
  const key = onMain.find(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
  )?.ts;
  const origin = onMain[0]?.ts ?? cpu.startTime;
  const bounds = [origin, clicks[0] ?? Infinity, clicks[1] ?? Infinity, key ?? Infinity, Infinity];
  const lines = ['long tasks on the main thread (ms from its first task):', ...longTasks(onMain, origin)];
  const phases = ['to the title click', 'to the paragraph click', 'to the key', 'after the key'];
  phases.forEach((label, index) => {
    lines.push(`--- ${label}`, ...cpuSummary(cpu, bounds[index] ?? 0, bounds[index + 1] ?? Infinity));
  });
  return lines.join('\n');
}

function mainThread(events: TraceEvent[]): string {
  const threads = new Map<string, number>();
  for (const event of events) {
    if (event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'v8.run') {
      const key = `${event.pid}:${event.tid}`;
      threads.set(key, (threads.get(key) ?? 0) + 1);
    }
  }
  return [...threads.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

// Each long RunTask, with the three longest kinds of work inside it.
function longTasks(onMain: TraceEvent[], origin: number): string[] {
  const tasks = onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) / 1000 >= LONG_TASK_MS);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const event of onMain) {
      if (event !== task && event.ts >= task.ts && event.ts < end && event.name !== 'RunTask') {
        const label = event.args?.data?.url
          ? `${event.name} ${event.args.data.url.split('/').pop()}`
          : event.name;
        inside.set(label, Math.max(inside.get(label) ?? 0, (event.dur ?? 0) / 1000));
      }
    }
    const top = [...inside.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([label, ms]) => `${label} ${ms.toFixed(0)}`);
    const at = ((task.ts - origin) / 1000).toFixed(0).padStart(6);
    return `${at} +${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${top.join(', ')}`;
  });
}

function cpuSummary(cpu: CpuProfile, from: number, to: number): string[] {
  const { self, total } = functionTimes(cpu, (_, at) => at >= from && at < to);
  const line = (us: number, key: string) => `  ${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`;
  return ['self:', ...largest(self, 15, line), 'total:', ...largest(total, 40, line)];
}

void main();
