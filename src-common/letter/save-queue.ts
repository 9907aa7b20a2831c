/** What the person is told about their edits. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving'; pending: number }
  | { kind: 'waiting'; pending: number; reason: string };

/** Runs `task` after `ms`; returns a function that cancels it. Injected so tests control time. */
export type Schedule = (task: () => void, ms: number) => () => void;

/** How a queue sends and when it retries. */
export interface SaveQueueOptions {
  /** Stores updates; resolves only once the store has acknowledged them. */
  send(updates: Uint8Array[]): Promise<void>;
  schedule: Schedule;
  /** Groups keystrokes: wait this long after an edit before sending. */
  batchDelayMs?: number;
  /** The longest wait between retries while the backend is unreachable. */
  maxRetryMs?: number;
  /** Words for a failed send. */
  describeFailure?(error: unknown): string;
}

/**
 * Holds every local update until the store acknowledges it. Nothing is dropped: a failed send keeps the updates,
 * says so, and retries with a growing delay, so "Saved" is shown only for edits the store really has.
 */
export class SaveQueue {
  private pending: Uint8Array[] = [];
  private inFlight = 0;
  private retryMs = 250;
  private cancelTimer: (() => void) | null = null;
  private state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<(state: SaveState) => void>();
  private readonly idleWaiters: (() => void)[] = [];

  constructor(private readonly options: SaveQueueOptions) {}

  /** Queues one update and schedules a send. */
  add(update: Uint8Array): void {
    this.pending.push(update);
    if (this.state.kind === 'waiting') {
      this.setState({ ...this.state, pending: this.count() });
      return;
    }
    this.setState({ kind: 'saving', pending: this.count() });
    this.scheduleFlush(this.options.batchDelayMs ?? 200);
  }

  /** The current state. */
  getState(): SaveState {
    return this.state;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends now instead of waiting for the batch delay or the next retry. */
  flushNow(): void {
    this.scheduleFlush(0);
  }

  /** Resolves once everything queued so far is stored. */
  whenSaved(): Promise<void> {
    if (this.count() === 0) {
      return Promise.resolve();
    }
    this.flushNow();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private count(): number {
    return this.pending.length + this.inFlight;
  }

  private scheduleFlush(ms: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.options.schedule(() => {
      this.cancelTimer = null;
      void this.flush();
    }, ms);
  }

  private async flush(): Promise<void> {
    if (this.inFlight > 0 || this.pending.length === 0) {
      return;
    }
    const batch = this.pending;
    this.pending = [];
    this.inFlight = batch.length;
    try {
      await this.options.send(batch);
      this.inFlight = 0;
      this.retryMs = 250;
      this.afterSuccess();
    } catch (error) {
      this.inFlight = 0;
      this.pending = [...batch, ...this.pending];
      this.afterFailure(error);
    }
  }

  private afterSuccess(): void {
    if (this.pending.length > 0) {
      this.setState({ kind: 'saving', pending: this.count() });
      this.scheduleFlush(0);
      return;
    }
    this.setState({ kind: 'saved' });
    this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private afterFailure(error: unknown): void {
    const reason = this.options.describeFailure?.(error) ?? 'The changes could not be saved yet.';
    this.setState({ kind: 'waiting', pending: this.count(), reason });
    this.scheduleFlush(this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 4_000);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }
}
