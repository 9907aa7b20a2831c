import * as Y from 'yjs';

/** Runs `run` once the current task is over: a timer of 0 ms, alike in browsers and Node. */
export function nextTask(run: () => void): void {
  setTimeout(run, 0);
}

/**
 * The local changes of one tick, waiting to be sealed as one envelope. A keystroke's transaction only adds its update
 * here; sealing (AEAD) and signing (Ed25519) happen once the tick is over, when `due` is called, and the few small
 * updates of one tick are merged into one, which is cheap.
 */
export class LocalBatch {
  private updates: Uint8Array[] = [];
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly due: () => void,
    private readonly schedule: (run: () => void) => void = nextTask,
  ) {}

  /** True while no change waits to be sealed. */
  get isEmpty(): boolean {
    return this.updates.length === 0;
  }

  /** Adds a local update and asks for `due` at the end of the tick, once however many updates the tick brings. */
  add(update: Uint8Array): void {
    if (this.stopped) {
      return;
    }
    this.updates.push(update);
    if (this.scheduled) {
      return;
    }
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      if (!this.stopped && !this.isEmpty) {
        this.due();
      }
    });
  }

  /** The collected updates as one, and an empty batch; null when nothing was collected. */
  take(): Uint8Array | null {
    const updates = this.updates;
    this.updates = [];
    if (updates.length === 0) {
      return null;
    }
    return updates.length === 1 ? (updates[0] ?? null) : Y.mergeUpdates(updates);
  }

  /** Drops the collected updates (they go out with the next catch-up instead); true if there were any. */
  drop(): boolean {
    const had = !this.isEmpty;
    this.updates = [];
    return had;
  }

  /** No more `due` calls: the document is no longer followed. */
  stop(): void {
    this.stopped = true;
    this.updates = [];
  }
}
