import type { Database } from 'better-sqlite3';
import type { CompactionPolicy } from '../config';
import { appendUpdates, compactLetter, type StoredLetter } from './update-log';

interface Sizes {
  logUpdates: number;
  logBytes: number;
  storedBytes: number;
}

/**
 * One loaded letter's log as the store holds it, in sizes: enough to decide when to compact and whether the
 * letter fits under the size limit, without asking SQLite. Sizes change only once a write is committed.
 */
export class LetterLog {
  private sizes: Sizes;
  private staged: Sizes | null = null;

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
   * Appends updates in the caller's transaction, and folds the log into a snapshot once it is past the policy's
   * limits; `state` must return the letter's whole state including these updates.
   */
  write(db: Database, updates: readonly Uint8Array[], state: () => Uint8Array, now: number): void {
    appendUpdates(db, this.letterId, updates, now);
    const added = updates.reduce((sum, update) => sum + update.length, 0);
    const next = {
      logUpdates: this.sizes.logUpdates + updates.length,
      logBytes: this.sizes.logBytes + added,
      storedBytes: this.sizes.storedBytes + added,
    };
    if (next.logUpdates > this.policy.updates || next.logBytes > this.policy.bytes) {
      const whole = state();
      compactLetter(db, this.letterId, whole, now);
      this.staged = { logUpdates: 0, logBytes: 0, storedBytes: whole.length };
      return;
    }
    this.staged = next;
  }

  /** The transaction of the last {@link write} committed: its sizes now hold. */
  committed(): void {
    if (this.staged) {
      this.sizes = this.staged;
      this.staged = null;
    }
  }

  /** The transaction of the last {@link write} was rolled back. */
  rolledBack(): void {
    this.staged = null;
  }

  /** Folds the log into a snapshot of `state` now, in a transaction of its own. */
  compact(db: Database, state: Uint8Array, now: number): void {
    db.transaction(() => compactLetter(db, this.letterId, state, now))();
    this.sizes = { logUpdates: 0, logBytes: 0, storedBytes: state.length };
  }
}
