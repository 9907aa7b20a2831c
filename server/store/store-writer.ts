import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { CONNECTION_PRAGMAS } from '../../src-node/sqlite/open';
import type { Statement } from '../../src-node/sqlite/statements';

interface Outcome {
  seq: number;
  error: string | null;
}

// The writer's thread. Given as text so the same file serves `npm run server`, the tests and a build: it needs
// nothing but better-sqlite3, found from here, and the connection settings every connection uses, passed in. Every
// batch is one transaction; its outcome is posted on the results port and counted in shared memory, so the main
// thread can also wait for it without returning to its event loop.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlitePath);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) {
  db.pragma(pragma);
}
const done = new Int32Array(workerData.done);
const prepared = new Map();
const statement = (sql) => {
  let found = prepared.get(sql);
  if (!found) {
    found = db.prepare(sql);
    prepared.set(sql, found);
  }
  return found;
};
const write = db.transaction((batch) => {
  for (const [sql, params] of batch) {
    if (params === null) {
      db.exec(sql);
    } else {
      statement(sql).run(...params);
    }
  }
});
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    workerData.results.close();
    parentPort.close();
    return;
  }
  let error = null;
  try {
    write(message.batch);
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }
  workerData.results.postMessage({ seq: message.seq, error });
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
`;

/** How long a synchronous {@link StoreWriter.drain} waits for the writer before giving its batches up. */
const DRAIN_TIMEOUT_MS = 30_000;

/**
 * Writes batches of statements in a thread of its own, on its own connection to the database: a commit with
 * `synchronous=FULL` waits for the disk (milliseconds), and meanwhile the server goes on reading, applying and
 * passing on changes. Batches commit in the order they were submitted; each one's callback runs on the main thread
 * once it is on disk (or could not be written).
 */
export class StoreWriter {
  private readonly worker: Worker;
  private readonly results: MessagePort;
  private readonly done = new Int32Array(new SharedArrayBuffer(4));
  private readonly waiting = new Map<number, (error: Error | null) => void>();
  private nextSeq = 0;
  private broken: Error | null = null;

  constructor(file: string) {
    const channel = new MessageChannel();
    this.results = channel.port1;
    const sqlitePath = createRequire(__filename).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: {
        file,
        sqlitePath,
        pragmas: CONNECTION_PRAGMAS,
        done: this.done.buffer,
        results: channel.port2,
      },
      transferList: [channel.port2],
    });
    this.results.on('message', (message: unknown) => this.settle(asOutcome(message)));
    this.worker.on('error', (error) => this.breakDown(error));
    this.worker.on('exit', () => this.breakDown(new Error('The store writer stopped.')));
  }

  /** Bytes and statements go to the writer now; `settled` runs once they are on disk, or with why not. */
  submit(batch: readonly Statement[], settled: (error: Error | null) => void): void {
    if (this.broken) {
      settled(this.broken);
      return;
    }
    const seq = this.nextSeq;
    this.nextSeq += 1;
    this.waiting.set(seq, settled);
    this.worker.postMessage({ seq, batch });
  }

  /** Blocks until every submitted batch is written and its callback has run (shutdown, unloading, compacting). */
  drain(): void {
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (this.waiting.size > 0 && !this.broken) {
      const seen = Atomics.load(this.done, 0);
      const received = receiveMessageOnPort(this.results);
      if (received) {
        this.settle(asOutcome(received.message));
      } else if (Date.now() > deadline) {
        this.breakDown(new Error('The store writer did not answer.'));
      } else {
        Atomics.wait(this.done, 0, seen, 100);
      }
    }
  }

  /** Writes what was submitted, then closes the writer's connection and ends its thread. */
  async close(): Promise<void> {
    this.drain();
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('close');
    await exited;
    this.results.close();
  }

  private settle(outcome: Outcome): void {
    const settled = this.waiting.get(outcome.seq);
    this.waiting.delete(outcome.seq);
    settled?.(outcome.error === null ? null : new Error(outcome.error));
  }

  // Nothing more can be written: every batch still waiting is reported as not stored.
  private breakDown(error: Error): void {
    this.broken ??= error;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    waiting.forEach((settled) => settled(error));
  }
}

// The writer posts nothing else; anything unreadable would be a bug, reported as a failed batch that never settles.
function asOutcome(message: unknown): Outcome {
  if (
    typeof message === 'object' &&
    message !== null &&
    'seq' in message &&
    typeof message.seq === 'number'
  ) {
    const error = 'error' in message && typeof message.error === 'string' ? message.error : null;
    return { seq: message.seq, error };
  }
  return { seq: -1, error: 'The store writer sent something unreadable.' };
}
