import { randomBytes } from '@noble/ciphers/utils.js';
import { toBase64Url } from './base64url';
import { WRITER_ID_BYTES, type EnvelopeHeader } from './envelope';

/** A new writer id: one per device and letter, so counters of two devices never collide. */
export function newWriterId(): Uint8Array {
  return randomBytes(WRITER_ID_BYTES);
}

/**
 * What a reader noticed about the order of one writer's envelopes. The server cannot forge an envelope, but it could
 * replay one, reorder them or leave one out; each shows as a counter out of step.
 */
export interface OrderProblem {
  kind: 'replayed' | 'missing';
  writer: string;
  expected: number;
  received: number;
}

/**
 * Follows each writer's counter in the order envelopes arrive. Counters start at 1; a snapshot hands on the counters
 * it covers (`covered`), so a reader that starts from one keeps checking the envelopes after it.
 */
export class WriterOrder {
  private readonly last = new Map<string, number>();

  constructor(covered: Readonly<Record<string, number>> = {}) {
    for (const [writer, counter] of Object.entries(covered)) {
      this.last.set(writer, counter);
    }
  }

  /**
   * Records an envelope's place. A replayed (or reordered, older) envelope is a problem and should be skipped; a
   * missing one is a problem too, but the envelope that revealed it is still good and should be applied.
   */
  accept(header: Pick<EnvelopeHeader, 'writerId' | 'counter'>): OrderProblem | null {
    const writer = toBase64Url(header.writerId);
    const expected = (this.last.get(writer) ?? 0) + 1;
    if (header.counter < expected) {
      return { kind: 'replayed', writer, expected, received: header.counter };
    }
    this.last.set(writer, header.counter);
    if (header.counter > expected) {
      return { kind: 'missing', writer, expected, received: header.counter };
    }
    return null;
  }

  /** The counters seen so far, for a snapshot to carry. */
  covered(): Record<string, number> {
    return Object.fromEntries(this.last);
  }
}
