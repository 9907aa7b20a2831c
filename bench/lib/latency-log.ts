/**
 * Milliseconds on a clock every thread of the bench process shares: each worker's `performance.now()` counts from its
 * own start, and `timeOrigin` puts it back on the process's common time line.
 */
export function benchNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Where a typist notes when each of its edits was handed to its socket. */
export interface TypedLog {
  /** `writer` handed the edit with clock (or counter) `clock` to its socket at `at` (now by default). */
  typed(writer: string, clock: number, at?: number): void;
}

/** Typed times kept as they come, for a thread that hands them over later: `[writer, clock, at]`. */
export class TypedRecords implements TypedLog {
  readonly records: [string, number, number][] = [];

  typed(writer: string, clock: number, at = benchNow()): void {
    this.records.push([writer, clock, at]);
  }
}

/**
 * When each edit was typed, by writer and clock, and when it reached each reader. Typists may run in other threads
 * and report their times after the arrivals, so arrivals are kept as they come and matched when the samples are read.
 */
export class LatencyLog implements TypedLog {
  private readonly typedAt = new Map<string, Map<number, number>>();
  private readonly arrivals: [string, number, number][] = [];
  private from = Number.POSITIVE_INFINITY;
  private to = Number.POSITIVE_INFINITY;

  /** Counts only edits typed from now until {@link close}. */
  open(): void {
    this.from = benchNow();
    this.to = Number.POSITIVE_INFINITY;
  }

  /** Edits typed from now on are not counted (those already on their way still are). */
  close(): void {
    this.to = benchNow();
  }

  typed(writer: string, clock: number, at = benchNow()): void {
    let times = this.typedAt.get(writer);
    if (!times) {
      times = new Map();
      this.typedAt.set(writer, times);
    }
    times.set(clock, at);
  }

  /** A reader now holds `writer`'s edits with clocks from `from` up to `to`, exclusive. */
  arrived(writer: string, from: number, to: number): void {
    if (this.from === Number.POSITIVE_INFINITY) {
      return;
    }
    const at = benchNow();
    for (let clock = from; clock < to; clock += 1) {
      this.arrivals.push([writer, clock, at]);
    }
  }

  /** Milliseconds from typed to arrived, one per arrival of an edit typed while the log was open. */
  get samples(): number[] {
    const samples: number[] = [];
    for (const [writer, clock, at] of this.arrivals) {
      const typed = this.typedAt.get(writer)?.get(clock);
      if (typed !== undefined && typed >= this.from && typed < this.to) {
        samples.push(at - typed);
      }
    }
    return samples;
  }
}
