import type { Peer } from './presence';

/** A change applied to a loaded letter and not yet on disk, with the connection that sent it. */
export interface PendingUpdate {
  update: Uint8Array;
  writer: Peer;
}

/** What one committed batch of a letter has to send out. */
export interface DurableBatch {
  written: PendingUpdate[];
  /** The writers to acknowledge. */
  acks: Peer[];
  /** Sends that waited for the batch (sync replies computed from the doc). */
  callbacks: (() => void)[];
}

/**
 * One letter's changes between being applied in memory and being on disk, and everything that must wait for
 * them: acknowledgements, broadcasts, and any reply computed from the doc, since a client must never receive a
 * change that a crash could still take back.
 */
export class PendingWrites {
  private updates: PendingUpdate[] = [];
  private acks = new Set<Peer>();
  private callbacks: (() => void)[] = [];
  private updateBytes = 0;

  /** The changes waiting, in the order they were applied. */
  get waiting(): readonly PendingUpdate[] {
    return this.updates;
  }

  /** Bytes of the changes waiting. */
  get bytes(): number {
    return this.updateBytes;
  }

  /** Records a writer's applied changes (possibly none, when its update held nothing new); it is owed an ack. */
  add(writer: Peer, updates: readonly Uint8Array[]): void {
    for (const update of updates) {
      this.updates.push({ update, writer });
      this.updateBytes += update.length;
    }
    this.acks.add(writer);
  }

  /** Runs `callback` now when nothing is waiting, else once the waiting changes are on disk. */
  whenDurable(callback: () => void): void {
    if (this.updates.length === 0 && this.acks.size === 0) {
      callback();
      return;
    }
    this.callbacks.push(callback);
  }

  /** Forgets a connection that left: it is owed nothing any more. */
  forget(peer: Peer): void {
    this.acks.delete(peer);
  }

  /** Hands over everything that waited for the batch just committed, and starts empty. */
  take(): DurableBatch {
    const batch = { written: this.updates, acks: [...this.acks], callbacks: this.callbacks };
    this.clear();
    return batch;
  }

  /** Drops everything (the batch could not be stored). */
  clear(): void {
    this.updates = [];
    this.acks = new Set();
    this.callbacks = [];
    this.updateBytes = 0;
  }
}
