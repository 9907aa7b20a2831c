import type { Database } from 'better-sqlite3';
import { runStatements, type Statement } from '../sqlite/statements';
import { appendStatement, compactStatements } from './log-table';
import type { StoredLetter } from './replay';

/** When a letter's update log is folded into its snapshot. */
export interface CompactionPolicy {
  /** Compact once the log holds more updates than this. */
  updates: number;
  /** Compact once the log holds more bytes than this. */
  bytes: number;
}

interface Sizes {
  logUpdates: number;
  logBytes: number;
  storedBytes: number;
}

/**
 * One loaded letter's log as the store holds it, in sizes: enough to decide when to compact and whether the
 * letter fits under a size limit, without asking SQLite.
 */
export class LetterLog {
  private sizes: Sizes;

  constructor(
    private readonly letterId: string,
    stored: Pick<StoredLetter, 'snapshotBytes' | 'logUpdates' | 'logBytes'>,
    private readonly policy: CompactionPolicy,
  ) {
    this.sizes = {
      logUpdates: stored.logUpdates,
      logBytes: stored.logBytes,
      storedBytes: stored.snapshotBytes + stored.logBytes,
    };
  }

  /** Bytes stored for the letter: its snapshot and log (an upper bound of its state's size). */
  get storedBytes(): number {
    return this.sizes.storedBytes;
  }

  /** True while the log holds updates not yet folded into the snapshot. */
  get hasLog(): boolean {
    return this.sizes.logUpdates > 0;
  }

  /**
   * The statements that append a batch of updates (merged into one) and, once the log is past the policy's
   * limits, fold it into a snapshot instead; `state` must return the letter's whole state including these updates
   * (encoded from the loaded Y.Doc, never merged from the log). The sizes count them at once: once handed over
   * they are as good as stored, and a batch that fails unloads the letter, sizes and all.
   */
  write(update: Uint8Array, state: () => Uint8Array, now: number): Statement[] {
    const next = {
      logUpdates: this.sizes.logUpdates + 1,
      logBytes: this.sizes.logBytes + update.length,
      storedBytes: this.sizes.storedBytes + update.length,
    };
    if (next.logUpdates > this.policy.updates || next.logBytes > this.policy.bytes) {
      const whole = state();
      this.sizes = { logUpdates: 0, logBytes: 0, storedBytes: whole.length };
      return compactStatements(this.letterId, whole, now);
    }
    this.sizes = next;
    return [appendStatement(this.letterId, update, now)];
  }

  /** Folds the log into a snapshot of `state` now, in a transaction of its own. */
  compact(db: Database, state: Uint8Array, now: number): void {
    db.transaction(() => runStatements(db, compactStatements(this.letterId, state, now)))();
    this.sizes = { logUpdates: 0, logBytes: 0, storedBytes: state.length };
  }
}
