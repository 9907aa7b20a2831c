import type { EnvelopeKind } from '../crypto/envelope';

/** Something the server did that an honest server does not, in the terms a status line needs. */
export interface SequenceProblem {
  kind: 'skipped' | 'withheld' | 'rolled-back';
  expected: number;
  received: number;
}

/** What to do with an envelope the server relayed. */
export type RelayVerdict = { apply: true; problem: SequenceProblem | null } | { apply: false };

/**
 * Follows the server's sequence numbers for one letter on one connection: `last` is the newest envelope this copy
 * holds. The server numbers envelopes 1, 2, 3… and sends them in order; a snapshot arrives numbered by the last
 * sequence it covers. A server that leaves one out, withholds the newest, or forgets what it acknowledged cannot hide
 * it: each shows as a number out of step. The server relays before it stores and acknowledges only after, so a
 * co-editor's envelope can arrive before the acknowledgement of an own one numbered earlier: numbers skipped while own
 * envelopes are unconfirmed wait for those acknowledgements, and count as skipped once the server says they are
 * stored and none came ({@link unfilledThrough}).
 */
export class SealedSequence {
  /** Numbers skipped over that may be this copy's own unconfirmed envelopes. */
  private readonly ownHoles = new Set<number>();

  constructor(private newest: number) {}

  /** The newest sequence this copy holds. */
  get last(): number {
    return this.newest;
  }

  /**
   * Decides about a relayed envelope: presence always applies; stored envelopes apply once each, in order.
   * `ownInFlight` is how many own update envelopes are sent and unconfirmed: as many numbers may be theirs.
   */
  relay(seq: number, kind: EnvelopeKind, ownInFlight = 0): RelayVerdict {
    if (kind === 'presence') {
      return { apply: true, problem: null };
    }
    if (seq <= this.newest) {
      return { apply: false };
    }
    if (kind === 'snapshot') {
      this.newest = seq;
      return { apply: true, problem: null };
    }
    return { apply: true, problem: this.advance(seq, ownInFlight) };
  }

  /** Our own envelope is stored as `seq`; it is part of this copy already. */
  stored(seq: number): SequenceProblem | null {
    if (this.ownHoles.delete(seq)) {
      return null;
    }
    if (seq <= this.newest) {
      return { kind: 'rolled-back', expected: this.newest + 1, received: seq };
    }
    return this.advance(seq, 0);
  }

  /** Everything through `durable` is stored: a number still waiting for an own acknowledgement was skipped. */
  unfilledThrough(durable: number): SequenceProblem | null {
    const unfilled = [...this.ownHoles].filter((seq) => seq <= durable);
    unfilled.forEach((seq) => this.ownHoles.delete(seq));
    const first = Math.min(...unfilled);
    return unfilled.length > 0 ? { kind: 'skipped', expected: first, received: durable } : null;
  }

  /** The server says it has sent all it holds, up to `latest`. */
  caughtUp(latest: number): SequenceProblem | null {
    if (latest > this.newest) {
      return { kind: 'withheld', expected: latest, received: this.newest };
    }
    if (latest < this.newest) {
      return { kind: 'rolled-back', expected: this.newest, received: latest };
    }
    return null;
  }

  private advance(seq: number, ownInFlight: number): SequenceProblem | null {
    const expected = this.newest + 1;
    this.newest = seq;
    if (seq === expected) {
      return null;
    }
    if (seq - expected > ownInFlight - this.ownHoles.size) {
      return { kind: 'skipped', expected, received: seq };
    }
    for (let hole = expected; hole < seq; hole += 1) {
      this.ownHoles.add(hole);
    }
    return null;
  }
}
