/**
 * Runs `onIdle` once a letter has had no connection for `delayMs`; restarted whenever the last one leaves, stopped
 * when one arrives, so a letter nobody uses does not stay in memory.
 */
export class IdleTimer {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly onIdle: () => void,
  ) {}

  /** Starts (or restarts) the wait. */
  start(): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onIdle();
    }, this.delayMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
