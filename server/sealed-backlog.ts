import type { Database } from 'better-sqlite3';
import type { BatchedRelay } from '../src-common/collab/sealed-relay-batch';
import { readEnvelopes, readSnapshot, type StoredEnvelope } from './store/envelopes';

/**
 * What a hello after `after` is sent, in order: the snapshot (numbered by the last sequence it covers) when `after`
 * is older than it, the update envelopes on disk up to `durable`, then `pending`, those numbered and still on their
 * way to disk (already relayed to the others).
 */
export function readBacklog(
  db: Database,
  letterId: string,
  after: number,
  durable: number,
  pending: readonly StoredEnvelope[],
): BatchedRelay[] {
  const backlog: BatchedRelay[] = [];
  const snapshot = readSnapshot(db, letterId);
  if (snapshot && after < snapshot.covers) {
    backlog.push({ seq: snapshot.covers, envelope: snapshot.bytes });
  }
  const from = Math.max(after, snapshot?.covers ?? 0);
  for (const row of readEnvelopes(db, letterId, from, durable)) {
    backlog.push({ seq: row.seq, envelope: row.bytes });
  }
  for (const envelope of pending) {
    if (envelope.seq > after) {
      backlog.push({ seq: envelope.seq, envelope: envelope.bytes });
    }
  }
  return backlog;
}
