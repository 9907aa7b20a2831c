import { z } from 'zod';
import {
  parseJson,
  sealedSyncStateFromRecord,
  sealedSyncStateToRecord,
  type SealedSyncState,
} from '../../src-common/collab/sealed-sync-state';
import { newWriterId } from '../../src-common/crypto/writer-order';

/** As much of `localStorage` as the record uses; a test hands in its own. */
export interface RecordStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const RECORD_PREFIX = 'undersigned.sealed-letter.';

/** The three entries a letter had before it had one record: read once, moved into the record, then removed. */
const EARLIER_PREFIXES = {
  state: 'undersigned.sealed.',
  waiting: 'undersigned.waiting.',
  epoch: 'undersigned.sealed-epoch.',
} as const;

const recordSchema = z.object({
  /** The sync state as `sealedSyncStateToRecord` writes it; checked when read back. */
  state: z.unknown(),
  waiting: z.number().int().nonnegative(),
  epoch: z.number().int().nonnegative(),
});

type StoredRecord = z.infer<typeof recordSchema>;

const EMPTY: StoredRecord = { state: null, waiting: 0, epoch: 0 };

/**
 * What this computer keeps about one sealed letter across restarts, in one localStorage entry: where it is in the
 * server's sequence (so a reconnection asks only for what is new), how many changes the status line said were
 * waiting, and the epoch of the keys it last connected with. Losing it costs a full download and upload, never a
 * change: the letter itself is in the local store.
 */
export class SealedLetterRecord {
  private readonly kept: StoredRecord;

  constructor(
    private readonly letterId: string,
    private readonly storage: RecordStorage,
  ) {
    this.kept = readRecord(letterId, storage);
  }

  /** The kept sync state under a new writer id; a fresh one when nothing usable was kept. */
  syncState(): SealedSyncState {
    return sealedSyncStateFromRecord(this.kept.state, newWriterId());
  }

  /** How many changes were waiting for the server when the letter was last open. */
  get waitingBefore(): number {
    return this.kept.waiting;
  }

  /**
   * True when the keys changed since this computer last connected with them ("Reset links" made new ones), and
   * remembers the new epoch. The owner's copy then writes a snapshot under the new keys.
   */
  keysChangedSince(epoch: number): boolean {
    const before = this.kept.epoch;
    this.write({ epoch });
    return before > 0 && before < epoch;
  }

  /** Keeps the sync state; called whenever it changes (rarely: not on every keystroke). */
  saveSyncState(state: SealedSyncState): void {
    this.write({ state: sealedSyncStateToRecord(state) });
  }

  /** Keeps the waiting count, so after a restart the status line still says how many changes wait. */
  saveWaiting(count: number): void {
    this.write({ waiting: count });
  }

  /** Reads before writing: another window of the same letter may have written a field since this one read it. */
  private write(changes: Partial<StoredRecord>): void {
    const record = { ...readRecord(this.letterId, this.storage), ...changes };
    this.storage.setItem(RECORD_PREFIX + this.letterId, JSON.stringify(record));
  }
}

function readRecord(letterId: string, storage: RecordStorage): StoredRecord {
  const text = storage.getItem(RECORD_PREFIX + letterId);
  if (text === null) {
    return moveEarlierEntries(letterId, storage);
  }
  const read = recordSchema.safeParse(parseJson(text));
  return read.success ? read.data : EMPTY;
}

/** A letter stored before it had one record: its three entries become the record, once. */
function moveEarlierEntries(letterId: string, storage: RecordStorage): StoredRecord {
  const stateText = storage.getItem(EARLIER_PREFIXES.state + letterId);
  const waitingText = storage.getItem(EARLIER_PREFIXES.waiting + letterId);
  const epochText = storage.getItem(EARLIER_PREFIXES.epoch + letterId);
  if (stateText === null && waitingText === null && epochText === null) {
    return EMPTY;
  }
  const record: StoredRecord = {
    state: parseJson(stateText),
    waiting: countFrom(waitingText),
    epoch: countFrom(epochText),
  };
  storage.setItem(RECORD_PREFIX + letterId, JSON.stringify(record));
  Object.values(EARLIER_PREFIXES).forEach((prefix) => storage.removeItem(prefix + letterId));
  return record;
}

function countFrom(text: string | null): number {
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}
