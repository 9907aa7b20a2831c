// A worker thread of the sync bench: it plays some of the typists, on an event loop of its own, so sealing, signing
// and opening their envelopes never queues behind the readers that time the arrivals (see typist-threads.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { TypedRecords } from './latency-log';
import { connectTypistFor, type BenchClient, type TypistSpec } from './typists';

/** What the thread is handed: its typists, the seed of its random places, and the typing pace. */
export interface TypistWorkerInput {
  specs: TypistSpec[];
  seed: number;
  everyMs: number;
}

/** What the thread says: its typists hold the letter, or (after `stop`) when each edit was handed to its socket. */
export type TypistWorkerReport = { type: 'synced' } | { type: 'typed'; records: [string, number, number][] };

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

function isInput(value: unknown): value is TypistWorkerInput {
  return (
    typeof value === 'object' &&
    value !== null &&
    'specs' in value &&
    Array.isArray(value.specs) &&
    'seed' in value &&
    typeof value.seed === 'number' &&
    'everyMs' in value &&
    typeof value.everyMs === 'number'
  );
}

function run(input: TypistWorkerInput, port: NonNullable<typeof parentPort>): void {
  const log = new TypedRecords();
  const random = seeded(input.seed);
  const typists: BenchClient[] = input.specs.map((spec) => connectTypistFor(spec, log));
  let timers: NodeJS.Timeout[] = [];
  const stop = (): void => {
    timers.forEach((timer) => clearTimeout(timer));
    timers = [];
  };
  void Promise.all(typists.map((typist) => typist.synced)).then(() => port.postMessage({ type: 'synced' }));
  port.on('message', (command: unknown) => {
    if (command === 'start') {
      // Each typist starts at its own offset within the pace, so their edits do not all go out at once.
      timers = typists.map((typist) =>
        setTimeout(
          () => timers.push(setInterval(() => typist.type(random), input.everyMs)),
          random() * input.everyMs,
        ),
      );
    } else if (command === 'stop') {
      stop();
      port.postMessage({ type: 'typed', records: log.records });
    } else if (command === 'close') {
      stop();
      typists.forEach((typist) => typist.close());
      port.close();
    }
  });
}

const input: unknown = workerData;
if (parentPort && isInput(input)) {
  run(input, parentPort);
}
