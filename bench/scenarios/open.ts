import { rmSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Y from 'yjs';
import { databaseFile } from '../../src-main/paths';
import { tempDir } from '../../tests/support/temp';
import { openAppStore, openInPage, storeUpdates } from '../lib/app-store';
import { bodyLength, generateEditingTrace, LONG_TRACE } from '../lib/editing-trace';
import { median } from '../lib/stats';
import type { Figure, Target } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'open';

/** Printed while the scenario runs. */
export const description =
  'a 20,000-character letter typed in 260,000 single-character edits, stored through the app store on SQLite: ' +
  'open cold and warm, and its file size after compaction, beside a bare Y.Doc given the merged state';

// Far more than the editor's save queue groups (a few keystrokes to a save), so the fill takes seconds rather than
// 90,000 commits; the log still holds small rows and is compacted every 500 of them, as in use.
const UPDATES_PER_SAVE = 100;
const WARM_UPS = 1;
const SAMPLES = 7;

// Each open allocates a few megabytes; without a collection before each timed step, whichever step comes next pays
// for the garbage of the one before (measured: the same apply took 80 to 360 ms). V8's `gc` is exposed for this.
setFlagsFromString('--expose-gc');
const collectGarbage: unknown = runInNewContext('gc');

interface Samples {
  ours: number[];
  baseline: number[];
}

/** Stores the trace, then times opening it against a bare Y.Doc, alternating, and weighs the compacted file. */
export async function run(): Promise<Figure[]> {
  const dataDir = tempDir('undersigned-bench-open-');
  try {
    console.error('  typing the trace…');
    const trace = generateEditingTrace(LONG_TRACE);
    console.error(`  storing ${trace.updates.length.toLocaleString('en')} updates…`);
    const id = await fill(dataDir, trace.updates);
    const uncompactedBytes = fileBytes(dataDir);
    const merged = Y.encodeStateAsUpdate(trace.doc);
    const expected = bodyLength(trace.doc);
    const afterCrash = await sampleOpens(dataDir, id, merged, expected, 'after a crash');
    // The app's quit: closing the store folds the log it loaded into the snapshot.
    await openAppStore(dataDir).close();
    const cold = await sampleOpens(dataDir, id, merged, expected, 'cold');
    const warm = await sampleOpens(dataDir, id, merged, expected, 'warm');
    return [
      openFigure('open cold (fresh store instance)', cold, trace.updates.length, { maxRatio: 1.5 }),
      openFigure('open warm (same store, opened before)', warm, trace.updates.length, { maxRatio: 1.5 }),
      // What a start after a crash pays: the log was never folded, so the store replays it first. No target:
      // the issue bounds the open the app normally makes.
      openFigure('open cold after a crash (log not folded)', afterCrash, trace.updates.length, {}),
      {
        name: 'database file after compaction',
        unit: 'bytes',
        ours: fileBytes(dataDir),
        baseline: merged.length,
        target: { maxRatio: 1.5 },
        detail: { uncompactedBytes },
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Leaves the file as a crash would: the database closed without the store's close, so the log stays unfolded.
async function fill(dataDir: string, updates: readonly Uint8Array[]): Promise<string> {
  const store = openAppStore(dataDir);
  try {
    return await storeUpdates(store.api, updates, UPDATES_PER_SAVE);
  } finally {
    store.db.close();
  }
}

/**
 * Cold: a new store instance on the closed file (opened before the clock starts: the startup scenario times
 * that), asked for a letter it has not loaded; after a crash, the same but the database is closed without the
 * store's close, which would fold the log. Warm: one instance asked again and again. Each sample ends with the
 * page's Y.Doc holding the letter; the baseline applies the merged state to a bare Y.Doc.
 */
async function sampleOpens(
  dataDir: string,
  id: string,
  merged: Uint8Array,
  expected: number,
  kind: 'cold' | 'warm' | 'after a crash',
): Promise<Samples> {
  const samples: Samples = { ours: [], baseline: [] };
  const warmStore = kind === 'warm' ? openAppStore(dataDir) : null;
  try {
    for (let index = 0; index < WARM_UPS + SAMPLES; index += 1) {
      const store = warmStore ?? openAppStore(dataDir);
      settle();
      const started = process.cpuUsage();
      const doc = await openInPage(store.api, id);
      const ours = cpuMs(started);
      if (kind === 'cold') {
        await store.close();
      } else if (kind === 'after a crash') {
        store.db.close();
      }
      const baseline = applyToBareDoc(merged);
      checkOpened(doc, expected);
      if (index >= WARM_UPS) {
        samples.ours.push(ours);
        samples.baseline.push(baseline);
      }
    }
  } finally {
    await warmStore?.close();
  }
  return samples;
}

// CPU time rather than wall time: the open never waits (SQLite is read on this thread, nothing is written), and on a
// machine shared with other work wall time measured the queue for a core (the same open took 160 to 660 ms).
function cpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

function settle(): void {
  if (typeof collectGarbage === 'function') {
    collectGarbage();
  }
}

function applyToBareDoc(merged: Uint8Array): number {
  settle();
  const started = process.cpuUsage();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, merged);
  const elapsed = cpuMs(started);
  doc.destroy();
  return elapsed;
}

// An open that lost edits would be fast for the wrong reason.
function checkOpened(doc: Y.Doc, expected: number): void {
  const length = bodyLength(doc);
  doc.destroy();
  if (length !== expected) {
    throw new Error(`The opened letter has ${length} characters; the trace typed ${expected}.`);
  }
}

// The target is the cold open's; the warm open is held to the same bound.
function openFigure(label: string, samples: Samples, updates: number, target: Target): Figure {
  return {
    name: label,
    unit: 'ms',
    ours: median(samples.ours),
    baseline: median(samples.baseline),
    target,
    samples,
    detail: { updates, updatesPerSave: UPDATES_PER_SAVE },
  };
}

// The file and its write-ahead log, which a closed store has folded into the file.
function fileBytes(dataDir: string): number {
  const file = databaseFile(dataDir);
  return ['', '-wal'].reduce((sum, suffix) => {
    try {
      return sum + statSync(file + suffix).size;
    } catch {
      return sum;
    }
  }, 0);
}
