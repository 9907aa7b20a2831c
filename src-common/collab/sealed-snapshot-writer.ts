import * as Y from 'yjs';
import type { CompactionCounter } from './sealed-compaction';
import { encodeSealedClientMessage } from './sealed-messages';
import type { OwnChanges } from './sealed-own-changes';
import { encodeSnapshotContent } from './sealed-snapshot';

/** Where a copy stands when it may ask for a snapshot's lease or write under it. */
export interface SnapshotPoint {
  /** Caught up, every own change stored, and everything applied known stored. */
  settled: boolean;
  /** The newest sequence this copy holds that is known stored. */
  lastSeq: number;
  /** Each co-editor's last counter this copy has applied. */
  covered: Record<string, number>;
}

/**
 * An editor's copy writes the snapshot the server cannot (it cannot read what it stores): it asks for the lease once
 * enough is stored past the last snapshot, and writes one under it only of exactly what it holds.
 */
export class SnapshotWriter {
  /** The point of the last refused lease: asking again for the same point would be refused again. */
  private refusedAt: number | null = null;

  constructor(
    private readonly compaction: CompactionCounter,
    private readonly own: OwnChanges,
    private readonly doc: Y.Doc,
    private readonly send: (bytes: Uint8Array) => void,
  ) {}

  /** Asks for the lease to write a snapshot, when enough is stored past the last one and this copy is settled. */
  offerIfDue(point: SnapshotPoint): void {
    if (
      !this.own.canWrite ||
      !point.settled ||
      point.lastSeq === this.refusedAt ||
      !this.compaction.shouldAsk()
    ) {
      return;
    }
    this.compaction.asked();
    this.send(encodeSealedClientMessage({ type: 'lease', covers: point.lastSeq }));
  }

  /** Writes the snapshot if the lease is for exactly what this copy holds (nothing arrived or changed meanwhile). */
  leaseAnswered(granted: boolean, covers: number, point: SnapshotPoint): void {
    this.compaction.answered(granted);
    this.refusedAt = granted ? null : covers;
    if (!granted || covers !== point.lastSeq || !point.settled) {
      return;
    }
    const covered = { ...point.covered, [this.own.writer]: this.own.lastCounter };
    const content = encodeSnapshotContent({ update: Y.encodeStateAsUpdate(this.doc), covered });
    this.own.sendEnvelope('snapshot', content, covers);
  }
}
