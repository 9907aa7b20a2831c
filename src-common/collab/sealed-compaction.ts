/** When a copy offers the server a snapshot: after this many envelopes, or this many bytes, past the last one. */
export interface CompactionLimits {
  envelopes: number;
  bytes: number;
}

export const DEFAULT_COMPACTION_LIMITS: CompactionLimits = { envelopes: 500, bytes: 1024 * 1024 };

/**
 * Counts what the server stores past its last snapshot, as far as this copy sees it, and says when to ask for the
 * lease that lets one copy (and only one at a time) write the next snapshot. The server cannot write snapshots
 * itself: it cannot read what it stores.
 */
export class CompactionCounter {
  private envelopes = 0;
  private bytes = 0;
  private waitingForLease = false;
  /** A snapshot is wanted whatever the counts: the letter's keys were just replaced. */
  private wanted = false;

  constructor(private readonly limits: CompactionLimits = DEFAULT_COMPACTION_LIMITS) {}

  /** An update envelope of this size is stored. */
  stored(bytes: number): void {
    this.envelopes += 1;
    this.bytes += bytes;
  }

  /** A snapshot was stored or read: counting starts again. */
  snapshotSeen(): void {
    this.wanted = false;
    this.envelopes = 0;
    this.bytes = 0;
  }

  /** True once the limits are passed (or a snapshot is wanted) and no lease request is already out. */
  shouldAsk(): boolean {
    const past = this.envelopes >= this.limits.envelopes || this.bytes >= this.limits.bytes;
    return !this.waitingForLease && (this.wanted || past);
  }

  /** Asks for a snapshot at the next chance, whatever the counts. */
  want(): void {
    this.wanted = true;
  }

  asked(): void {
    this.waitingForLease = true;
  }

  /**
   * The server answered. Refused means another copy is writing a snapshot, or something was stored since this copy
   * asked: wait for a full count before asking again, unless a snapshot is wanted whatever the counts (new keys have
   * nothing readable on the server until one is stored, so it is asked for again once this copy has caught up).
   */
  answered(granted: boolean): void {
    this.waitingForLease = false;
    if (!granted && !this.wanted) {
      this.snapshotSeen();
    }
  }
}
