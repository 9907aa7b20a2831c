/**
 * Runs steps in the order they were added, each once what it waits for has settled: a relayed envelope whose
 * signature WebCrypto is still checking holds back every message after it, so envelopes are applied in the server's
 * order and a connection's opening or closing lands between the same messages as it happened. With nothing to wait
 * for and nothing queued, a step runs at once, so a synchronous caller sees no difference.
 */
export class OrderedSteps {
  private readonly queue: { ready: boolean; run: () => void }[] = [];
  private running = false;
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  /** Adds a step; `waitFor` must not reject (a failed check is a verdict, not an error). */
  add(run: () => void, waitFor: Promise<unknown> | null = null): void {
    if (this.stopped) {
      return;
    }
    const step = { ready: waitFor === null, run };
    this.queue.push(step);
    if (waitFor) {
      void waitFor.then(() => {
        step.ready = true;
        this.drain();
      });
    }
    this.drain();
  }

  /** Adds a step that takes `value`: at once if it is ready, else once its promise (which must not reject) settles. */
  addWith<T>(value: T | Promise<T>, run: (value: T) => void): void {
    if (!(value instanceof Promise)) {
      this.add(() => run(value));
      return;
    }
    let settled: T;
    this.add(
      () => run(settled),
      value.then((result) => {
        settled = result;
      }),
    );
  }

  /** Resolves once every step added so far has run (or the queue was stopped). */
  idle(): Promise<void> {
    if (this.queue.length === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops the steps not yet run and refuses new ones: their target is gone. */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.drain();
  }

  private drain(): void {
    // A step that adds a step (it cannot today, but a listener might) must not run it inside itself, out of order.
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      for (let step = this.queue[0]; step?.ready; step = this.queue[0]) {
        this.queue.shift();
        step.run();
      }
    } finally {
      this.running = false;
    }
    if (this.queue.length === 0) {
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }
}
