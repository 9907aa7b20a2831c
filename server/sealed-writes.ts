import type { Peer } from './peer';
import type { Statement } from '../src-node/sqlite/statements';
import {
  insertEnvelopeStatement,
  latestSeqStatement,
  storeSnapshotStatements,
  type StoredEnvelope,
} from './store/envelopes';

/** An envelope the sealed room accepted and numbered, with the connection that sent it. */
export type AcceptedEnvelope =
  | { kind: 'update'; writer: Peer; envelope: StoredEnvelope }
  | {
      kind: 'snapshot';
      writer: Peer;
      counter: number;
      covers: number;
      snapshot: Omit<StoredEnvelope, 'seq'>;
    };

/**
 * One sealed letter's envelopes between being accepted and being on disk: first waiting for the next batch, then
 * posted to the store's writer (batches commit in order). They are relayed to readers before that, but their
 * numbers are a promise only once on disk: a server that crashes first gives the same number to another envelope, so
 * readers count only on what a relay's `durable` (or a `durable` notice) says is stored, and the writer is
 * acknowledged only after the commit.
 */
export class SealedWrites {
  private waiting: AcceptedEnvelope[] = [];
  private posted: AcceptedEnvelope[][] = [];

  /** Bytes accepted and not yet known to be on disk. */
  get bytes(): number {
    return [...this.posted.flat(), ...this.waiting].reduce((sum, item) => sum + bytesOf(item), 0);
  }

  add(item: AcceptedEnvelope): void {
    this.waiting.push(item);
  }

  /**
   * Takes what waits into a batch for the store and returns its statements. A batch is posted even when empty, so
   * each commit the store reports matches one batch here.
   */
  post(letterId: string, now: number): Statement[] {
    const batch = this.waiting;
    this.waiting = [];
    this.posted.push(batch);
    const statements = batch.flatMap((item) =>
      item.kind === 'update'
        ? [insertEnvelopeStatement(letterId, item.envelope, now)]
        : storeSnapshotStatements(letterId, { ...item.snapshot, covers: item.covers }, now),
    );
    const latest = batch.reduce((seq, item) => (item.kind === 'update' ? item.envelope.seq : seq), 0);
    return latest > 0 ? [...statements, latestSeqStatement(letterId, latest)] : statements;
  }

  /** The oldest posted batch is on disk: its envelopes, in the order they were numbered. */
  committed(): AcceptedEnvelope[] {
    return this.posted.shift() ?? [];
  }

  /** The update envelopes numbered and not yet on disk, in the order they were numbered: a newcomer's backlog ends so. */
  pending(): StoredEnvelope[] {
    return [...this.posted.flat(), ...this.waiting].flatMap((item) =>
      item.kind === 'update' ? [item.envelope] : [],
    );
  }

  /** Drops everything (a batch could not be stored). */
  clear(): void {
    this.waiting = [];
    this.posted = [];
  }
}

function bytesOf(item: AcceptedEnvelope): number {
  return item.kind === 'update' ? item.envelope.bytes.length : item.snapshot.bytes.length;
}
