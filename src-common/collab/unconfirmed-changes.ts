import { LocalBatch } from './local-batch';

/** An envelope sent on this connection and not yet confirmed stored. */
export interface SentEnvelope {
  kind: 'update' | 'snapshot';
  bytes: number;
}

/**
 * A copy's own changes the server has not confirmed storing, in their three places: collected this tick (the batch,
 * sealed as one envelope once the tick is over), sent on this connection and unconfirmed (by counter), or waiting for
 * the next connection's catch-up, which sends everything past the confirmed state at once.
 */
export class UnconfirmedChanges {
  readonly batch: LocalBatch;
  private readonly inFlight = new Map<number, SentEnvelope>();
  private unsent: number;

  constructor(
    waitingFromEarlier: number,
    sealBatch: () => void,
    schedule: ((run: () => void) => void) | undefined,
  ) {
    this.unsent = waitingFromEarlier;
    this.batch = new LocalBatch(sealBatch, schedule);
  }

  /** What the status line counts as waiting; this tick's changes count as the one envelope they make. */
  get count(): number {
    return this.unsent + this.inFlight.size + (this.batch.isEmpty ? 0 : 1);
  }

  /** Update envelopes sent on this connection and unconfirmed: numbers the server may have given them. */
  get updatesInFlight(): number {
    return [...this.inFlight.values()].filter((sent) => sent.kind === 'update').length;
  }

  /** True when the server has confirmed every change this copy made. */
  get none(): boolean {
    return this.count === 0;
  }

  /** A change (or a batch of them) that must wait for the next connection's catch-up. */
  waitForCatchUp(): void {
    this.unsent += 1;
  }

  /** The catch-up sealed everything past the confirmed state: nothing waits for it any more. */
  caughtUp(): void {
    this.unsent = 0;
  }

  sent(counter: number, envelope: SentEnvelope): void {
    this.inFlight.set(counter, envelope);
  }

  /** The server stored the envelope with this counter: what it was, if this connection sent it. */
  stored(counter: number): SentEnvelope | undefined {
    const sent = this.inFlight.get(counter);
    this.inFlight.delete(counter);
    return sent;
  }

  /**
   * The connection is gone, or a new one begins: unconfirmed updates and this tick's changes wait for the next
   * catch-up. An unconfirmed snapshot is simply dropped; a later copy writes another.
   */
  connectionChanged(): void {
    this.unsent += [...this.inFlight.values()].filter((sent) => sent.kind === 'update').length;
    this.inFlight.clear();
    this.unsent += this.batch.drop() ? 1 : 0;
  }
}
