import { WriterOrder } from '../crypto/writer-order';
import { SealedSequence, type SequenceProblem } from './sealed-sequence';

/** A point in the server's sequence known to be on disk: what a copy may remember and ask "everything after" from. */
export interface DurablePoint {
  lastSeq: number;
  /**
   * Each writer's last counter applied up to `lastSeq` (writer id in base64url); for this copy's own writer, the last
   * counter the server is known to store.
   */
  seen: Record<string, number>;
}

/** An envelope taken in past the durable point, with what it changes in the point once it is known stored. */
export type ProvisionalEntry =
  | { kind: 'update'; seq: number; writer: string; counter: number }
  | { kind: 'snapshot'; seq: number; covered: Record<string, number> }
  /** One that could not be applied, or was a replay: it moves the sequence on and no writer's counter. */
  | { kind: 'other'; seq: number };

/**
 * Where a copy is in the server's sequence, in two layers. The server relays envelopes before they are on disk, and a
 * server that crashes first gives their numbers to other envelopes after its restart. So the copy applies an envelope
 * as soon as it verifies (the live layer: `sequence` and `order`), but remembers, and asks "everything after N" from,
 * only the durable point, which advances when the server says how far it has stored. A new connection starts the live
 * layer again from the durable point: the server's tail after it is checked afresh, envelopes already applied are
 * applied again without effect, and numbers reused after a crash are neither a gap nor a replay. Against the durable
 * point a replay, gap or forgery is still what it was.
 *
 * What a crash loses, the copy notices: an update it applied on an earlier connection that the next catch-up does not
 * bring again (its number reused or gone) is content the server lacks, which this copy then holds alone.
 */
export class SealedProgress {
  private durable: DurablePoint;
  private provisional: ProvisionalEntry[] = [];
  private liveSequence: SealedSequence;
  private liveOrder: WriterOrder;
  /** Updates applied on an earlier connection and not yet brought again (nor covered by a snapshot). */
  private notAgain: UpdateEntry[] = [];
  /** Updates a catch-up found lost, kept to ask later whether they came back after all. */
  private watched: UpdateEntry[] = [];

  constructor(point: DurablePoint) {
    this.durable = { lastSeq: point.lastSeq, seen: { ...point.seen } };
    this.liveSequence = new SealedSequence(point.lastSeq);
    this.liveOrder = new WriterOrder(point.seen);
  }

  /** The point to remember and to ask from. */
  get point(): DurablePoint {
    return this.durable;
  }

  /** The server's numbers as this connection has applied them. */
  get sequence(): SealedSequence {
    return this.liveSequence;
  }

  /** Each writer's counters as this connection has applied them. */
  get order(): WriterOrder {
    return this.liveOrder;
  }

  /** True while something applied is not yet known stored. */
  get ahead(): boolean {
    return this.provisional.length > 0;
  }

  /** A new connection: what was applied past the durable point will come again, and is checked afresh. */
  restartFromDurable(): void {
    this.notAgain.push(...this.provisional.filter((entry): entry is UpdateEntry => entry.kind === 'update'));
    this.liveSequence = new SealedSequence(this.durable.lastSeq);
    this.liveOrder = new WriterOrder(this.durable.seen);
    this.provisional = [];
  }

  /** A snapshot replaces the counters this connection follows. */
  startOrderFrom(covered: Record<string, number>): void {
    this.liveOrder = new WriterOrder(covered);
  }

  /** An envelope this connection took in past the durable point. */
  took(entry: ProvisionalEntry): void {
    // Both lists are empty but after a crash: a catch-up of hundreds of envelopes then makes no array per envelope.
    if (this.notAgain.length > 0) {
      this.notAgain = this.notAgain.filter((lost) => !bringsAgain(entry, lost));
    }
    if (this.watched.length > 0) {
      this.watched = this.watched.filter((lost) => !sentAgain(entry, lost));
    }
    this.provisional.push(entry);
  }

  /**
   * Caught up: true when an update applied on an earlier connection did not come again, so the server lost it in a
   * crash after relaying it. Asked once per catch-up; what it reports is then this copy's to send, or, for a copy that
   * cannot send (`watch`), kept to ask {@link stillLost} whether its writer sent it again.
   */
  lostOnServer(watch: boolean): boolean {
    const lost = this.notAgain.length > 0;
    if (watch) {
      this.watched.push(...this.notAgain);
    }
    this.notAgain = [];
    return lost;
  }

  /** True when a watched update has not come again since; asked once, after which none is watched. */
  stillLost(): boolean {
    const lost = this.watched.length > 0;
    this.watched = [];
    return lost;
  }

  /** A writer's newest counter the server holds, on disk or on its way, as far as this connection has seen. */
  heldCounter(writer: string): number {
    return this.provisional.reduce(fold, this.durable).seen[writer] ?? 0;
  }

  /** The server has stored everything through `through`: what was taken in up to there becomes durable. */
  storedThrough(through: number): SequenceProblem | null {
    const problem = this.liveSequence.unfilledThrough(through);
    const folding = this.provisional.filter((entry) => entry.seq <= through);
    if (folding.length === 0) {
      return problem;
    }
    this.provisional = this.provisional.filter((entry) => entry.seq > through);
    this.durable = folding.reduce(fold, this.durable);
    return problem;
  }
}

type UpdateEntry = Extract<ProvisionalEntry, { kind: 'update' }>;

/** Whether `entry` is `lost` coming again, or a snapshot that holds it. */
function bringsAgain(entry: ProvisionalEntry, lost: UpdateEntry): boolean {
  switch (entry.kind) {
    case 'update':
      return entry.writer === lost.writer && entry.counter === lost.counter;
    case 'snapshot':
      return (entry.covered[lost.writer] ?? 0) >= lost.counter;
    case 'other':
      return false;
  }
}

/**
 * Whether `entry` shows that `lost`'s writer sent it again: a running writer's next envelope after a crash holds all
 * it has that the server may lack, under the first counter the server lost, so any of its updates will do.
 */
function sentAgain(entry: ProvisionalEntry, lost: UpdateEntry): boolean {
  return entry.kind === 'update' ? entry.writer === lost.writer : bringsAgain(entry, lost);
}

/** The durable point once `entry` is stored: counters move as {@link WriterOrder} moves them. */
function fold(point: DurablePoint, entry: ProvisionalEntry): DurablePoint {
  const lastSeq = Math.max(point.lastSeq, entry.seq);
  switch (entry.kind) {
    case 'update':
      return {
        lastSeq,
        seen: { ...point.seen, [entry.writer]: Math.max(point.seen[entry.writer] ?? 0, entry.counter) },
      };
    case 'snapshot':
      return { lastSeq, seen: { ...entry.covered } };
    case 'other':
      return { lastSeq, seen: point.seen };
  }
}
