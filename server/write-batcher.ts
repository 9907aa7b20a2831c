import type { Statement } from '../src-node/sqlite/statements';
import type { StoreWriter } from './store/store-writer';
import { errorText } from '../src-common/error-text';

/** Something with changes to store: a loaded letter. */
export interface WriteSource {
  /**
   * Hands over what waits for a batch: passes its changes on to the connections (they need not wait for the
   * disk) and returns the statements that store them. May throw, which fails this source alone.
   */
  takeBatch(now: number): Statement[];
  /** Called once the source's oldest batch is committed (and so on disk). */
  committed(): void;
  /** Called when a batch could not be stored; nothing of it is on disk. */
  failed(error: unknown): void;
}

/**
 * Groups writes: everything that arrives while the event loop is busy becomes one batch, one transaction, written
 * by the {@link StoreWriter} in its own thread, so an edit storm costs one disk flush per batch rather than one per
 * keystroke, and the server goes on handling messages while the disk works. Batches commit in order; with
 * `synchronous=FULL` a batch is on disk when the sources are told, and only then do they acknowledge.
 */
export class WriteBatcher {
  private readonly waiting = new Set<WriteSource>();
  private scheduled = false;

  constructor(
    private readonly writer: StoreWriter,
    private readonly log: (line: string) => void,
  ) {}

  /** Asks for `source` to be written with the next batch. */
  schedule(source: WriteSource): void {
    this.waiting.add(source);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.post());
    }
  }

  /** Writes every waiting source now and waits until every batch so far is on disk and its sources told. */
  flush(): void {
    this.post();
    this.writer.drain();
  }

  /** Hands every waiting source's batch to the writer, in one transaction, without waiting for it. */
  private post(): void {
    this.scheduled = false;
    if (this.waiting.size === 0) {
      return;
    }
    const sources: WriteSource[] = [];
    const statements: Statement[] = [];
    const now = Date.now();
    for (const source of this.waiting) {
      try {
        statements.push(...source.takeBatch(now));
        sources.push(source);
      } catch (error) {
        this.log(`Could not store changes: ${errorText(error)}`);
        source.failed(error);
      }
    }
    this.waiting.clear();
    this.writer.submit(statements, (error) => (error ? this.fail(sources, error) : this.notify(sources)));
  }

  private fail(sources: readonly WriteSource[], error: Error): void {
    this.log(`Could not store changes: ${error.message}`);
    sources.forEach((source) => source.failed(error));
  }

  private notify(sources: readonly WriteSource[]): void {
    for (const source of sources) {
      // One letter's failure to notify its clients must not keep the others from hearing about their writes.
      try {
        source.committed();
      } catch (error) {
        this.log(`Could not notify clients: ${errorText(error)}`);
      }
    }
  }
}
