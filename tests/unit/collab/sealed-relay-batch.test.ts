import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import {
  decodeSealedClientMessage,
  decodeSealedServerMessage,
  encodeSealedClientMessage,
  encodeSealedServerMessage,
} from '../../../src-common/collab/sealed-messages';
import {
  MAX_RELAYS_PER_MESSAGE,
  relayBatches,
  type BatchedRelay,
} from '../../../src-common/collab/sealed-relay-batch';

const RELAYS_TYPE = 36;

function relaysOf(count: number, bytes = 120): BatchedRelay[] {
  return Array.from({ length: count }, (_, index) => ({
    seq: index + 1,
    envelope: Uint8Array.from({ length: bytes }, (_, at) => (at + index) % 256),
  }));
}

/** A `relays` message as hostile bytes: the fields written by hand, whatever they claim. */
function handWritten(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, RELAYS_TYPE);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('a catch-up sent many envelopes to a message', () => {
  it('round-trips the hello that asks for it and the relays message', () => {
    const hello = { type: 'hello', after: 42, batches: true } as const;
    expect(decodeSealedClientMessage(encodeSealedClientMessage(hello), 1000)).toEqual(hello);
    // The hello of a client that reads only `relay` keeps its old type, so an older server still understands it.
    expect(encodeSealedClientMessage({ type: 'hello', after: 42 })[0]).toBe(20);
    const message = { type: 'relays', durable: 7, relays: relaysOf(3) } as const;
    expect(decodeSealedServerMessage(encodeSealedServerMessage(message))).toEqual(message);
  });

  it('writes every sequence and length as lib0 writes it, however many bytes it takes', () => {
    const sizes = [1, 7, 14, 21, 28, 31, 32, 35, 40].flatMap((bits) => [2 ** bits - 1, 2 ** bits]);
    const seqs = [...sizes, Number.MAX_SAFE_INTEGER];
    const relays = seqs.map((seq, index) => ({ seq, envelope: new Uint8Array(index * 100).fill(index) }));
    const message = { type: 'relays', durable: 2 ** 35, relays } as const;
    const bytes = encodeSealedServerMessage(message);
    expect(decodeSealedServerMessage(bytes)).toEqual(message);
    const byLib0 = handWritten((encoder) => {
      [message.durable, relays.length].forEach((value) => encoding.writeVarUint(encoder, value));
      relays.forEach(({ seq, envelope }) => {
        encoding.writeVarUint(encoder, seq);
        encoding.writeVarUint8Array(encoder, envelope);
      });
    });
    expect(bytes).toEqual(byLib0);
  });

  it('is never encoded empty or over the bound', () => {
    expect(() => encodeSealedServerMessage({ type: 'relays', durable: 0, relays: [] })).toThrow(RangeError);
    const tooMany = relaysOf(MAX_RELAYS_PER_MESSAGE + 1, 1);
    expect(() => encodeSealedServerMessage({ type: 'relays', durable: 0, relays: tooMany })).toThrow(
      RangeError,
    );
  });

  it('refuses hostile bytes: no envelope, too many, fewer than claimed, cut short, overlong, trailing', () => {
    const whole = encodeSealedServerMessage({ type: 'relays', durable: 7, relays: relaysOf(3) });
    const cases = [
      handWritten((encoder) => [7, 0].forEach((value) => encoding.writeVarUint(encoder, value))),
      // A count past the bound is refused before any envelope is read, however few bytes follow.
      handWritten((encoder) =>
        [7, MAX_RELAYS_PER_MESSAGE + 1, 1].forEach((v) => encoding.writeVarUint(encoder, v)),
      ),
      handWritten((encoder) => [7, 2 ** 40].forEach((value) => encoding.writeVarUint(encoder, value))),
      handWritten((encoder) => {
        [7, 2, 1].forEach((value) => encoding.writeVarUint(encoder, value));
        encoding.writeVarUint8Array(encoder, new Uint8Array(10));
      }),
      // An envelope whose length says more than the message holds.
      handWritten((encoder) =>
        [7, 1, 1, 1 << 30, 0].forEach((value) => encoding.writeVarUint(encoder, value)),
      ),
      // A sequence past what a JavaScript number holds exactly.
      handWritten((encoder) => {
        [7, 1].forEach((value) => encoding.writeVarUint(encoder, value));
        encoding.writeBigUint64(encoder, 2n ** 63n);
      }),
      whole.subarray(0, whole.length - 1),
      Uint8Array.from([...whole, 0]),
    ];
    for (const bytes of cases) {
      expect(decodeSealedServerMessage(bytes)).toBeNull();
    }
  });

  it('survives a valid relays message cut or altered anywhere without throwing', () => {
    const whole = encodeSealedServerMessage({ type: 'relays', durable: 300, relays: relaysOf(4, 40) });
    for (let at = 0; at < whole.length; at += 1) {
      expect(() => decodeSealedServerMessage(whole.subarray(0, at))).not.toThrow();
      for (const value of [0, 0x7f, 0x80, 0xff]) {
        const altered = Uint8Array.from(whole);
        altered[at] = value;
        expect(() => decodeSealedServerMessage(altered)).not.toThrow();
      }
    }
  });

  it('takes the most a client reads in one message', () => {
    const message = { type: 'relays', durable: 1, relays: relaysOf(MAX_RELAYS_PER_MESSAGE, 1) } as const;
    expect(decodeSealedServerMessage(encodeSealedServerMessage(message))).toEqual(message);
  });

  it('is split by the server at the count bound and at about a size, a larger envelope going alone', () => {
    const many = relaysOf(2 * MAX_RELAYS_PER_MESSAGE + 5, 1);
    expect(relayBatches(many).map((batch) => batch.length)).toEqual([1000, 1000, 5]);
    expect(relayBatches(many).flat()).toEqual(many);
    const sized = [...relaysOf(4, 100), { seq: 5, envelope: new Uint8Array(1000) }, ...relaysOf(1, 100)];
    expect(relayBatches(sized, 250).map((batch) => batch.length)).toEqual([2, 2, 1, 1]);
    expect(relayBatches([])).toEqual([]);
  });
});
