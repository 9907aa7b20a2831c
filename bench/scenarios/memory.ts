import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium';
import { startHost, type RunningHost } from '../../tests/support/web-host';
import { loadOursIdle, loadReferenceIdle, rssPerLetter, type IdleLoad } from '../lib/idle-letters';
import { usedHeapAfterGc } from '../lib/page-heap';
import { median } from '../lib/stats';
import { appLetterDoc, REAL_LETTER } from '../lib/typing-letter';
import type { Figure } from '../lib/types';
import { wholeLetterBareState } from '../lib/whole-letter';
import { letterFile, openApp, openBare, requireBuild, staticDirWithBarePage } from './typing';

/** Picks this scenario on the command line. */
export const name = 'memory';

/** Printed while the scenario runs. */
export const description =
  'JS heap with the 20,000-character letter (50 notes, 2,000 signatories) open, beside bare TipTap + Yjs with ' +
  'its text (needs a build); server RSS per idle loaded letter, beside the reference @y/websocket-server';

// Heap after a full collection barely moves between readings; three, alternating, show when it does.
const HEAP_READINGS = 3;
// Enough letters that each one's share stands above the noise of a process's resident memory.
const IDLE_LETTERS = 20;
// Beside the bare page with the letter's text, the same page given the whole letter, from a folder of its own.
const WHOLE_LETTER_DIR = 'whole';

/** Both measures: the window's heap first, then each server in its own process. */
export async function run(): Promise<Figure[]> {
  requireBuild();
  const heap = await heapFigures();
  const state = Y.encodeStateAsUpdate(appLetterDoc(REAL_LETTER));
  const ours = await loadOursIdle(IDLE_LETTERS, state);
  const reference = await loadReferenceIdle(IDLE_LETTERS, state);
  return [...heap, serverFigure(ours, reference, state.length)];
}

interface HeapSamples {
  ours: number[];
  text: number[];
  whole: number[];
}

async function heapFigures(): Promise<Figure[]> {
  const work = mkdtempSync(join(tmpdir(), 'undersigned-bench-memory-'));
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    const staticDir = await staticDirWithBarePage(work);
    addWholeLetterBarePage(staticDir);
    host = await startHost(['--port', '0', '--data-dir', join(work, 'data'), '--static-dir', staticDir]);
    browser = await launchChromium();
    const app = await openApp(browser, host.url, letterFile(work));
    const text = await openBare(browser, new URL('bare.html', host.origin).href);
    const whole = await openBare(browser, new URL(`${WHOLE_LETTER_DIR}/bare.html`, host.origin).href);
    const samples: HeapSamples = { ours: [], text: [], whole: [] };
    for (let reading = 0; reading < HEAP_READINGS; reading += 1) {
      samples.ours.push(await usedHeapAfterGc(app));
      samples.text.push(await usedHeapAfterGc(text));
      samples.whole.push(await usedHeapAfterGc(whole));
    }
    return [
      {
        name: 'JS heap, big letter open, beside bare TipTap with its text',
        unit: 'bytes',
        ours: median(samples.ours),
        baseline: median(samples.text),
        // The target: the window within twice what bare TipTap + Yjs holds for the letter's text.
        target: { maxRatio: 2 },
        samples: { ours: samples.ours, baseline: samples.text },
      },
      {
        name: 'JS heap, big letter open, beside bare TipTap with the whole letter',
        unit: 'bytes',
        ours: median(samples.ours),
        baseline: median(samples.whole),
        // What the app adds to the letter's data (its notes and 2,000 signatories are most of the heap), held to
        // the same bound.
        target: { maxRatio: 2 },
        samples: { ours: samples.ours, baseline: samples.whole },
      },
    ];
  } finally {
    await browser?.close();
    await host?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

// The bare page again, in a folder of its own whose letter is the app's whole letter with a body bare TipTap reads.
function addWholeLetterBarePage(staticDir: string): void {
  const dir = join(staticDir, WHOLE_LETTER_DIR);
  mkdirSync(dir);
  for (const file of ['bare.html', 'bare.js', 'bare.css']) {
    copyFileSync(join(staticDir, file), join(dir, file));
  }
  writeFileSync(join(dir, 'bare-letter.bin'), wholeLetterBareState(REAL_LETTER));
}

function serverFigure(ours: IdleLoad, reference: IdleLoad, stateBytes: number): Figure {
  return {
    name: `server RSS per idle loaded letter (${IDLE_LETTERS} letters)`,
    unit: 'bytes',
    ours: rssPerLetter(ours),
    baseline: rssPerLetter(reference),
    // The target. Our server holds sealed envelopes it cannot open, never a Y.Doc; the reference relay
    // holds each letter's Y.Doc in memory while anyone is connected.
    target: { maxRatio: 2 },
    detail: { ours, reference, stateBytes },
  };
}
