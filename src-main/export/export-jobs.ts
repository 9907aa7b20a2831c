/**
 * Exports in progress, by the id the dialog gave each, so the person can cancel one: a PDF of a long letter takes
 * seconds, and they may change their mind.
 */
export class ExportJobs {
  private readonly running = new Map<string, AbortController>();

  /** Starts tracking a job; its signal fires when it is cancelled. */
  start(jobId: string | undefined): AbortSignal | undefined {
    if (jobId === undefined) {
      return undefined;
    }
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return controller.signal;
  }

  /** Stops tracking a finished job. */
  finish(jobId: string | undefined): void {
    if (jobId !== undefined) {
      this.running.delete(jobId);
    }
  }

  /** Cancels a running job; false when it already finished (or never ran). */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    this.running.delete(jobId);
    return controller !== undefined;
  }
}
