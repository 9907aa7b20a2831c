// Profiles the typing benchmark's two pages (ours and bare TipTap + Yjs) while the same keys are typed into each:
// the functions that take the most time (self and total), and what the browser did for each key (style
// recalculations and the elements they touched, layouts, paints). Not a scenario: a tool for finding causes.
//
//   npx electron-vite build -c bench/tools/unminified.config.ts --outDir /tmp/undersigned-unminified
//   npx tsx bench/tools/profile-typing.ts [/tmp/undersigned-unminified/renderer] [--out /tmp/profiles]
//     [--row plain|annotated|co-editors]
//
// `--row` picks the benchmark's row: the plain letter (the default), the letter with 100 threads and 100
// suggestions, or the shared letter with 5 co-editors typing while the keys are typed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { startHost, type RunningHost } from '../../tests/support/web-host';
import { annotatedLetterFile, ISSUE_ANNOTATIONS } from '../lib/annotated-letter';
import type { RemoteWriters } from '../lib/letter-writers';
import { REAL_LETTER } from '../lib/typing-letter';
import { openRemoteRow } from '../lib/typing-remote';
import { letterFile, openApp, openBare, staticDirWithBarePage } from '../scenarios/typing';
import { typeAndSample } from '../lib/typing-probe';
import { percentile } from '../lib/typing-probe';
import { startProfiling, type CpuProfile, type TraceEvent } from './cdp-recording';
import { functionTimes, largest } from './cpu-times';

const TYPED = 'signed by partners across the region '.repeat(2);
const INTERVAL_MS = 70;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outDir = outAt >= 0 ? args[outAt + 1] : undefined;
  const rowAt = args.indexOf('--row');
  const row = rowAt >= 0 ? args[rowAt + 1] : 'plain';
  // The one argument that is neither a flag nor a flag's value; a missing flag has no value to skip.
  const values = new Set([outAt, rowAt].filter((at) => at >= 0).map((at) => at + 1));
  const rendererDir = args.find((arg, index) => !arg.startsWith('--') && !values.has(index));
  const work = mkdtempSync(join(tmpdir(), 'undersigned-profile-typing-'));
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    const staticDir = await staticDirWithBarePage(work, { rendererDir, minify: false });
    host = await startHost(['--port', '0', '--data-dir', join(work, 'data'), '--static-dir', staticDir]);
    browser = await launchChromium();
    const { ours, bare, close } = await openRow(row, browser, host, work);
    // Warm both up first, as the benchmark does.
    for (const { page, writers } of [ours, bare]) {
      await page.bringToFront();
      writers?.start();
      await typeAndSample(page, TYPED, INTERVAL_MS);
      writers?.stop();
    }
    for (const [label, { page, writers }] of [
      ['ours', ours],
      ['bare', bare],
    ] as const) {
      await page.bringToFront();
      writers?.start();
      const report = await profile(page, label, outDir);
      writers?.stop();
      console.log(report);
    }
    await close();
  } finally {
    await browser?.close();
    await host?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

interface ProfiledSide {
  page: Page;
  writers?: RemoteWriters;
}

async function openRow(
  row: string | undefined,
  browser: Browser,
  host: RunningHost,
  work: string,
): Promise<{ ours: ProfiledSide; bare: ProfiledSide; close(): Promise<void> }> {
  if (row === 'co-editors') {
    return openRemoteRow(browser, host, work, letterFile(work));
  }
  const file =
    row === 'annotated'
      ? letterFile(work, annotatedLetterFile(REAL_LETTER, ISSUE_ANNOTATIONS), 'annotated')
      : letterFile(work);
  return {
    ours: { page: await openApp(browser, host.url, file) },
    bare: { page: await openBare(browser, new URL('bare.html', host.origin).href) },
    close: async () => undefined,
  };
}

async function profile(page: Page, label: string, outDir: string | undefined): Promise<string> {
  const session = await page.context().newCDPSession(page);
  const profiling = await startProfiling(
    session,
    'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute',
    250,
  );
  const samples = await typeAndSample(page, TYPED, INTERVAL_MS);
  const cpu = await profiling.stop();
  const { events } = profiling;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, `${label}.cpuprofile`), JSON.stringify(cpu));
    writeFileSync(join(outDir, `${label}.trace.json`), JSON.stringify({ traceEvents: events }));
  }
  const keys = samples.length;
  const lines = [
    `=== ${label}: ${keys} keys; DOM p50 ${percentile(
      samples.map((sample) => sample.dom),
      0.5,
    ).toFixed(1)} ms, paint p50 ${percentile(
      samples.map((sample) => sample.paint),
      0.5,
    ).toFixed(1)} ms`,
    ...traceSummary(events, keys),
    ...cpuSummary(cpu, keys),
  ];
  return lines.join('\n');
}

// The renderer's main thread: the thread that ran the most style recalculations.
function traceSummary(events: TraceEvent[], keys: number): string[] {
  const threads = new Map<string, number>();
  for (const event of events) {
    if (event.name === 'UpdateLayoutTree' || event.name === 'FunctionCall') {
      const key = `${event.pid}:${event.tid}`;
      threads.set(key, (threads.get(key) ?? 0) + 1);
    }
  }
  const main = [...threads.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X');
  const byName = new Map<string, { count: number; ms: number }>();
  let styledElements = 0;
  for (const event of onMain) {
    const entry = byName.get(event.name) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += (event.dur ?? 0) / 1000;
    byName.set(event.name, entry);
    const elementCount = event.args?.elementCount;
    if (event.name === 'UpdateLayoutTree' && typeof elementCount === 'number') {
      styledElements += elementCount;
    }
  }
  const wanted = [
    'RunTask',
    'EventDispatch',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'UpdateLayer',
    'CompositeLayers',
    'HitTest',
    'ParseHTML',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
  ];
  const rows = [...byName.entries()]
    .filter(([name]) => wanted.includes(name))
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(
      ([name, { count, ms }]) =>
        `  ${name.padEnd(20)} ${(count / keys).toFixed(2).padStart(6)}/key ${(ms / keys).toFixed(2).padStart(7)} ms/key`,
    );
  return [
    `trace (main thread), per key; style recalculation touched ${(styledElements / keys).toFixed(0)} elements/key`,
    ...rows,
  ];
}

function cpuSummary(cpu: CpuProfile, keys: number): string[] {
  const { self, total, busyUs } = functionTimes(cpu, () => true);
  const line = (us: number, key: string) => `  ${(us / 1000 / keys).toFixed(3).padStart(7)} ms/key  ${key}`;
  return [
    `cpu: ${(busyUs / 1000 / keys).toFixed(2)} ms/key busy (program+gc included)`,
    'self:',
    ...largest(self, 25, line),
    'total:',
    ...largest(total, 45, line),
  ];
}

void main();
