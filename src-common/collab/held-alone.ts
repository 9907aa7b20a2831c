/**
 * How long a viewer's copy waits for a change the server lost to come back before it says it alone holds it: longer
 * than a running writer takes to reconnect (its pause between attempts doubles up to 30 seconds) and send it again.
 */
export const HELD_ALONE_GRACE_MS = 120_000;

/** Runs `run` after the grace period; returns what cancels it. */
export function afterGrace(run: () => void): () => void {
  const timer = setTimeout(run, HELD_ALONE_GRACE_MS);
  return () => clearTimeout(timer);
}

/**
 * A viewer's copy that applied a change the server then lost in a crash cannot send it back. Its writer, if still
 * running, sends it again once it reconnects, so the copy says nothing at once: it checks once more after the grace
 * period, and only a change still missing then is reported, in plain words, as held by this copy alone.
 */
export class HeldAloneWatch {
  private cancel: (() => void) | null = null;

  constructor(
    /** Schedules the later check; returns what cancels it. */
    private readonly later: (run: () => void) => () => void,
    private readonly check: () => void,
  ) {}

  /** A catch-up found changes the server lost: check on them later, once, however many catch-ups find some. */
  start(): void {
    if (this.cancel) {
      return;
    }
    this.cancel = this.later(() => {
      this.cancel = null;
      this.check();
    });
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
