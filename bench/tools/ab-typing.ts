// Compares builds of the renderer at typing, beside the bare page, in one browser, round by round: for each page the
// main thread's CPU time per key (thread time from a trace, which other programs on the machine disturb far less
// than wall time) and key → DOM / key → paint. For trying a change before believing it:
//
//   npx electron-vite build --outDir /tmp/a && (edit) && npx electron-vite build --outDir /tmp/b
//   npx tsx bench/tools/ab-typing.ts a=/tmp/a/renderer b=/tmp/b/renderer [--rounds 4] [--row plain|annotated]
//
// `--row annotated` opens the benchmark's letter with 100 threads and 100 suggestions instead of the plain one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { startHost, type RunningHost } from '../../tests/support/web-host';
import { annotatedLetterFile, ISSUE_ANNOTATIONS } from '../lib/annotated-letter';
import { REAL_LETTER } from '../lib/typing-letter';
import { letterFile, openApp, openBare, staticDirWithBarePage } from '../scenarios/typing';
import { percentile, typeAndSample } from '../lib/typing-probe';
import { startTracing, TIMELINE } from './cdp-recording';

const TYPED = 'signed by partners across the region '.repeat(2);
const INTERVAL_MS = 70;

interface Round {
  cpu: number;
  layoutPaint: number;
  dom: number[];
  paint: number[];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 4;
  const rowAt = args.indexOf('--row');
  const annotated = rowAt >= 0 && args[rowAt + 1] === 'annotated';
  const builds = args
    .filter((arg) => arg.includes('='))
    .map((arg) => {
      const [label = '', dir = ''] = arg.split('=');
      return { label, dir };
    });
  const work = mkdtempSync(join(tmpdir(), 'undersigned-ab-typing-'));
  const hosts: RunningHost[] = [];
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const file = annotated
      ? letterFile(work, annotatedLetterFile(REAL_LETTER, ISSUE_ANNOTATIONS), 'annotated')
      : letterFile(work);
    const pages: { label: string; page: Page }[] = [];
    for (const [index, build] of builds.entries()) {
      const staticDir = await staticDirWithBarePage(join(work, `build-${index}`), { rendererDir: build.dir });
      const host = await startHost([
        '--port',
        '0',
        '--data-dir',
        join(work, `data-${index}`),
        '--static-dir',
        staticDir,
      ]);
      hosts.push(host);
      pages.push({ label: build.label, page: await openApp(browser, host.url, file) });
      if (index === 0) {
        pages.push({ label: 'bare', page: await openBare(browser, new URL('bare.html', host.origin).href) });
      }
    }
    const results = new Map<string, Round[]>();
    for (let round = 0; round <= rounds; round += 1) {
      for (const { label, page } of pages) {
        await page.bringToFront();
        const measured = await measure(page);
        if (round > 0) {
          results.set(label, [...(results.get(label) ?? []), measured]);
          console.error(
            `round ${round} ${label}: cpu ${measured.cpu.toFixed(2)} ms/key, layout+paint ${measured.layoutPaint.toFixed(2)}`,
          );
        }
      }
    }
    const bare = results.get('bare') ?? [];
    const bareCpu = median(bare.map((entry) => entry.cpu));
    for (const [label, entries] of results) {
      const cpu = median(entries.map((entry) => entry.cpu));
      const dom = entries.flatMap((entry) => entry.dom);
      const paint = entries.flatMap((entry) => entry.paint);
      console.log(
        [
          label.padEnd(10),
          `cpu ${cpu.toFixed(2)} ms/key (${(cpu / bareCpu).toFixed(2)}×)`,
          `layout+paint ${median(entries.map((entry) => entry.layoutPaint)).toFixed(2)}`,
          `DOM p50 ${percentile(dom, 0.5).toFixed(1)} p95 ${percentile(dom, 0.95).toFixed(1)}`,
          `paint p50 ${percentile(paint, 0.5).toFixed(1)} p95 ${percentile(paint, 0.95).toFixed(1)}`,
        ].join('  '),
      );
    }
  } finally {
    await browser?.close();
    for (const host of hosts) {
      await host.stop();
    }
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(page: Page): Promise<Round> {
  const session = await page.context().newCDPSession(page);
  const tracing = await startTracing(session, TIMELINE);
  const keys = await typeAndSample(page, TYPED, INTERVAL_MS);
  await tracing.stop();
  const { events } = tracing;
  await session.detach();
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.name === 'EventDispatch') {
      const thread = `${event.pid}:${event.tid}`;
      counts.set(thread, (counts.get(thread) ?? 0) + 1);
    }
  }
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sum = (names: string[]) =>
    events
      .filter(
        (event) => names.includes(event.name) && event.ph === 'X' && `${event.pid}:${event.tid}` === main,
      )
      .reduce((total, event) => total + (event.tdur ?? 0), 0) /
    1000 /
    keys.length;
  return {
    cpu: sum(['RunTask']),
    layoutPaint: sum(['Layout', 'Paint', 'PrePaint', 'Layerize']),
    dom: keys.map((key) => key.dom),
    paint: keys.map((key) => key.paint),
  };
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

void main();
