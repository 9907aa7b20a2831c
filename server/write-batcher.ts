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
 * keystroke, and the server goes on handling messages while the disk works. While a batch is being committed the
 * next one waits and grows, and goes once that commit is done (group commit): the one after it would have waited for
 * the writer anyway, and many letters typed into at once cost one transaction per commit time, not one per turn of
 * the event loop. Batches commit in order; with `synchronous=FULL` a batch is on disk when the sources are told, and
 * only then do they acknowledge.
 */
export class WriteBatcher {
  private readonly waiting = new Set<WriteSource>();
  private scheduled = false;
  /** Batches handed to the writer and not yet settled. */
  private inFlight = 0;

  constructor(
    private readonly writer: Pick<StoreWriter, 'submit' | 'drain'>,
    private readonly log: (line: string) => void,
  ) {}

  /** Asks for `source` to be written with the next batch. */
  schedule(source: WriteSource): void {
    this.waiting.add(source);
    if (!this.scheduled && this.inFlight === 0) {
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
    this.inFlight += 1;
    this.writer.submit(statements, (error) => this.settled(sources, error));
  }

  // A commit is done: its sources are told, and what arrived meanwhile goes as the next batch.
  private settled(sources: readonly WriteSource[], error: Error | null): void {
    this.inFlight -= 1;
    if (error) {
      this.fail(sources, error);
    } else {
      this.notify(sources);
    }
    if (this.inFlight === 0 && this.waiting.size > 0 && !this.scheduled) {
      this.post();
    }
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
