import type { Database } from 'better-sqlite3';
import {
  MAX_RELAYS_PER_MESSAGE,
  RELAY_BATCH_BYTES,
  type BatchedRelay,
} from '../src-common/collab/sealed-relay-batch';
import { readEnvelopes, readSnapshot, readSnapshotCovers } from './store/envelopes';

/** One part of a catch-up read from disk, and where the next part starts. */
export interface BacklogPart {
  /** Oldest first: at most {@link MAX_RELAYS_PER_MESSAGE} envelopes and about `maxBytes` (one larger one alone). */
  relays: BatchedRelay[];
  /** The newest sequence in `relays`, or the `after` it was read from when it is empty. */
  sent: number;
  /** True when the part stopped at its bounds, so more envelopes up to `durable` may wait on disk. */
  more: boolean;
}

/**
 * The next part of a hello's backlog after `after`, in order: the snapshot (numbered by the last sequence it covers)
 * when `after` is older than it, then the update envelopes on disk up to `durable`. Read in one transaction, so a
 * snapshot stored meanwhile, which deletes what it covers, is either seen with what it left or not at all: a catch-up
 * read in parts, between which the letter goes on changing, then skips nothing.
 */
export function readBacklogPart(
  db: Database,
  letterId: string,
  after: number,
  durable: number,
  maxBytes: number = RELAY_BATCH_BYTES,
): BacklogPart {
  return db.transaction(() => {
    const relays: BatchedRelay[] = [];
    let sent = after;
    let bytes = 0;
    if (readSnapshotCovers(db, letterId) > after) {
      const snapshot = readSnapshot(db, letterId);
      if (snapshot) {
        relays.push({ seq: snapshot.covers, envelope: snapshot.bytes });
        sent = snapshot.covers;
        bytes = snapshot.bytes.length;
      }
    }
    for (const row of readEnvelopes(db, letterId, sent, durable)) {
      const full = relays.length >= MAX_RELAYS_PER_MESSAGE || bytes + row.bytes.length > maxBytes;
      if (relays.length > 0 && full) {
        return { relays, sent, more: true };
      }
      relays.push({ seq: row.seq, envelope: row.bytes });
      sent = row.seq;
      bytes += row.bytes.length;
    }
    return { relays, sent, more: false };
  })();
}
