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
 * Follows the server's sequence numbers for one letter on one computer: `last` is the newest stored envelope this
 * copy holds, the N of the next "everything after N". The server numbers envelopes 1, 2, 3… and sends them in order;
 * a snapshot arrives numbered by the last sequence it covers. A server that leaves one out, withholds the newest, or
 * forgets what it acknowledged cannot hide it: each shows as a number out of step.
 */
export class SealedSequence {
  constructor(private newest: number) {}

  /** The newest sequence this copy holds. */
  get last(): number {
    return this.newest;
  }

  /** Decides about a relayed envelope: presence always applies; stored envelopes apply once each, in order. */
  relay(seq: number, kind: EnvelopeKind): RelayVerdict {
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
    return { apply: true, problem: this.advance(seq) };
  }

  /** Our own envelope is stored as `seq`; it is part of this copy already. */
  stored(seq: number): SequenceProblem | null {
    if (seq <= this.newest) {
      return { kind: 'rolled-back', expected: this.newest + 1, received: seq };
    }
    return this.advance(seq);
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

  private advance(seq: number): SequenceProblem | null {
    const expected = this.newest + 1;
    this.newest = seq;
    return seq === expected ? null : { kind: 'skipped', expected, received: seq };
  }
}
