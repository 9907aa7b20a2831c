import type { Peer } from './peer';

/**
 * The one permission per sealed letter to write a snapshot: the server cannot compact what it cannot read, so an
 * editor's client does it, and only one at a time, or two clients would upload the same letter at once. A lease
 * covers exactly the sequences stored when it was granted, and lapses after a short while (or when its holder
 * leaves), so a client that goes quiet never blocks compaction for long.
 */
export class SnapshotLease {
  private holder: { peer: Peer; covers: number; until: number } | null = null;

  constructor(
    private readonly durationMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Grants the lease to `peer` for a snapshot covering `covers`, unless another holds a live one. */
  grant(peer: Peer, covers: number): boolean {
    const held = this.holder;
    if (held && held.peer !== peer && held.until > this.now()) {
      return false;
    }
    this.holder = { peer, covers, until: this.now() + this.durationMs };
    return true;
  }

  /** Takes the lease back for storing the snapshot it allows; false when `peer` holds none for `covers`. */
  redeem(peer: Peer, covers: number): boolean {
    const held = this.holder;
    if (!held || held.peer !== peer || held.covers !== covers || held.until <= this.now()) {
      return false;
    }
    this.holder = null;
    return true;
  }

  /** Drops the lease if `peer` holds it (it left), or whoever holds it when no peer is given (new keys). */
  release(peer?: Peer): void {
    if (!peer || this.holder?.peer === peer) {
      this.holder = null;
    }
  }
}
