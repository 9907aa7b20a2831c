import { randomBytes } from '@noble/ciphers/utils.js';
import { toBase64Url } from './base64url';
import { WRITER_ID_BYTES, type EnvelopeHeader } from './envelope';

/** A new writer id: one per device and letter, so counters of two devices never collide. */
export function newWriterId(): Uint8Array {
  return randomBytes(WRITER_ID_BYTES);
}

/**
 * What a reader noticed about the order of one writer's envelopes. The server cannot forge an envelope, but it could
 * replay one, reorder them or leave one out; each shows as a counter out of step. An envelope reported missing that
 * turns up later is `reordered`: it is genuine and still needed, so it is applied.
 */
export interface OrderProblem {
  kind: 'replayed' | 'reordered' | 'missing';
  writer: string;
  expected: number;
  received: number;
}

/** How many separate gaps per writer are remembered: a server that leaves out more has been reported many times. */
const MAX_GAPS = 64;

/**
 * Follows each writer's counter in the order envelopes arrive. Counters start at 1; a snapshot hands on the counters
 * it covers (`covered`), so a reader that starts from one keeps checking the envelopes after it.
 */
export class WriterOrder {
  private readonly last = new Map<string, number>();
  /** Counters skipped over on this connection, per writer, as inclusive ranges: the ones that may still turn up. */
  private readonly gaps = new Map<string, [number, number][]>();

  constructor(covered: Readonly<Record<string, number>> = {}) {
    for (const [writer, counter] of Object.entries(covered)) {
      this.last.set(writer, counter);
    }
  }

  /**
   * Records an envelope's place. A replayed envelope is a problem and should be skipped; a missing one is a problem
   * too, but the envelope that revealed it is still good and should be applied, as should a reordered one. `writer`
   * is the writer id in base64url, when the caller has it already.
   */
  accept(
    header: Pick<EnvelopeHeader, 'writerId' | 'counter'>,
    writer = toBase64Url(header.writerId),
  ): OrderProblem | null {
    const expected = (this.last.get(writer) ?? 0) + 1;
    if (header.counter < expected) {
      const kind = this.fillGap(writer, header.counter) ? 'reordered' : 'replayed';
      return { kind, writer, expected, received: header.counter };
    }
    this.last.set(writer, header.counter);
    if (header.counter > expected) {
      const gap: [number, number] = [expected, header.counter - 1];
      this.gaps.set(writer, [...(this.gaps.get(writer) ?? []), gap].slice(-MAX_GAPS));
      return { kind: 'missing', writer, expected, received: header.counter };
    }
    return null;
  }

  /** Takes `counter` out of the writer's gaps; false when it was in none (it arrived before: a replay). */
  private fillGap(writer: string, counter: number): boolean {
    const gaps = this.gaps.get(writer) ?? [];
    const index = gaps.findIndex(([from, to]) => from <= counter && counter <= to);
    const gap = gaps[index];
    if (!gap) {
      return false;
    }
    const [from, to] = gap;
    const rest: [number, number][] = [];
    if (from < counter) {
      rest.push([from, counter - 1]);
    }
    if (counter < to) {
      rest.push([counter + 1, to]);
    }
    gaps.splice(index, 1, ...rest);
    return true;
  }

  /** The counters seen so far, for a snapshot to carry. */
  covered(): Record<string, number> {
    return Object.fromEntries(this.last);
  }
}
