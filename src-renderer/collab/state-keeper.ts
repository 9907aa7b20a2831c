import type { SealedSyncState } from '../../src-common/collab/sealed-sync-state';

/** Runs `run` after `ms` unless cancelled; returns the cancel. */
export type Later = (run: () => void, ms: number) => () => void;

const realLater: Later = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/** How long progress may wait before it is written down (what a lost wait costs: a few envelopes fetched again). */
export const KEEP_EVERY_MS = 1000;

/**
 * Writes a sealed letter's sync state down without costing every incoming envelope a write (about 2 ms of
 * localStorage with five people typing): progress is written at most once a second. A local change that is not yet
 * confirmed is written at once, since forgetting it would keep it from being sent after a restart; losing the last
 * second of progress only makes the next start fetch a few envelopes again from an earlier durable point.
 */
export class StateKeeper {
  private waiting: SealedSyncState | null = null;
  private cancel: (() => void) | null = null;
  private unconfirmed = false;

  constructor(
    private readonly write: (state: SealedSyncState) => void,
    private readonly later: Later = realLater,
  ) {}

  /** A changed state to keep. */
  offer(state: SealedSyncState): void {
    const newlyUnconfirmed = state.changedSinceConfirmed && !this.unconfirmed;
    this.unconfirmed = state.changedSinceConfirmed;
    if (newlyUnconfirmed) {
      this.writeNow(state);
      return;
    }
    this.waiting = state;
    this.cancel ??= this.later(() => this.flush(), KEEP_EVERY_MS);
  }

  /** Writes what waits now: the window is going. */
  flush(): void {
    const state = this.waiting;
    if (state) {
      this.writeNow(state);
    }
  }

  /** Forgets what waits without writing it (a final state is being written instead). */
  stop(): void {
    this.cancel?.();
    this.cancel = null;
    this.waiting = null;
  }

  private writeNow(state: SealedSyncState): void {
    this.stop();
    this.write(state);
  }
}
