import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { LatencyLog } from './latency-log';
import type { TypistWorkerInput, TypistWorkerReport } from './typist-worker';
import type { TypistSpec } from './typists';

const BUNDLE = join(__dirname, '..', 'results', 'typist-worker.cjs');
let bundled: Promise<void> | null = null;

/**
 * The worker bundled as the app ships its code, into the git-ignored `bench/results/` (so it finds `node_modules`):
 * a worker cannot run TypeScript, and through tsx the ESM-only ciphers and hashes run far slower than in the app.
 */
function bundleOnce(): Promise<void> {
  bundled ??= build({
    entryPoints: [join(__dirname, 'typist-worker.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['ws', 'yjs', 'lib0', 'lib0/*'],
    logLevel: 'warning',
  }).then(() => undefined);
  return bundled;
}

/** Typists spread over worker threads, each thread with its own event loop. */
export interface TypistThreads {
  /** Resolves once every typist holds its letter. */
  synced: Promise<void>;
  start(): void;
  /** Stops typing and hands every edit's send time to `log`. */
  stop(log: LatencyLog): Promise<void>;
  close(): Promise<void>;
}

function isReport(value: unknown): value is TypistWorkerReport {
  return typeof value === 'object' && value !== null && 'type' in value;
}

function next(worker: Worker, type: TypistWorkerReport['type']): Promise<TypistWorkerReport> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown): void => {
      if (isReport(message) && message.type === type) {
        worker.off('message', onMessage);
        resolve(message);
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

/**
 * Starts `threads` worker threads (fewer when there are fewer typists) and hands each its share of `specs`. The
 * typists of both relays run this way, so the bench's own work weighs the same on both.
 */
export async function startTypistThreads(
  specs: readonly TypistSpec[],
  threads: number,
  everyMs: number,
  seed: number,
): Promise<TypistThreads> {
  await bundleOnce();
  const count = Math.max(1, Math.min(threads, specs.length));
  const workers = Array.from({ length: count }, (_, index) => {
    const input: TypistWorkerInput = {
      specs: specs.filter((_, spec) => spec % count === index),
      seed: seed + index,
      everyMs,
    };
    return new Worker(BUNDLE, { workerData: input });
  });
  const synced = Promise.all(workers.map((worker) => next(worker, 'synced'))).then(() => undefined);
  return {
    synced,
    start: () => workers.forEach((worker) => worker.postMessage('start')),
    stop: async (log) => {
      const reports = workers.map((worker) => next(worker, 'typed'));
      workers.forEach((worker) => worker.postMessage('stop'));
      for (const report of await Promise.all(reports)) {
        if (report.type === 'typed') {
          report.records.forEach(([writer, clock, at]) => log.typed(writer, clock, at));
        }
      }
    },
    close: async () => {
      workers.forEach((worker) => worker.postMessage('close'));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
