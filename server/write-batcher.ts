import type { Database } from 'better-sqlite3';

/** Something with changes to store: a loaded letter. */
export interface WriteSource {
  /** Writes what is waiting, inside the batch's transaction; may throw, which rolls the whole batch back. */
  persist(db: Database, now: number): void;
  /** Called once the batch's transaction is committed (and so on disk). */
  committed(): void;
  /** Called when the batch could not be stored; nothing of it is on disk. */
  failed(error: unknown): void;
}

/**
 * Groups writes: everything that arrives while the event loop is busy is stored in one transaction, so an edit
 * storm costs one disk flush per loop turn rather than one per keystroke. With `synchronous=FULL` the commit is on
 * disk when it returns; only then are the sources told, and only then do they acknowledge or broadcast.
 */
export class WriteBatcher {
  private readonly waiting = new Set<WriteSource>();
  private scheduled = false;

  constructor(
    private readonly db: Database,
    private readonly log: (line: string) => void,
  ) {}

  /** Asks for `source` to be written with the next batch. */
  schedule(source: WriteSource): void {
    this.waiting.add(source);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes every waiting source now, in one transaction. */
  flush(): void {
    this.scheduled = false;
    if (this.waiting.size === 0) {
      return;
    }
    const sources = [...this.waiting];
    this.waiting.clear();
    const now = Date.now();
    try {
      this.db.transaction(() => sources.forEach((source) => source.persist(this.db, now)))();
    } catch (error) {
      this.log(`Could not store changes: ${error instanceof Error ? error.message : String(error)}`);
      sources.forEach((source) => source.failed(error));
      return;
    }
    for (const source of sources) {
      // One letter's failure to notify its clients must not keep the others from hearing about their writes.
      try {
        source.committed();
      } catch (error) {
        this.log(`Could not notify clients: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
