import { describe, expect, it } from 'vitest';
import {
  decodeSealedClientMessage,
  decodeSealedServerMessage,
  encodeSealedClientMessage,
  encodeSealedServerMessage,
  type SealedClientMessage,
  type SealedServerMessage,
} from '../../../src-common/collab/sealed-messages';

const envelope = Uint8Array.from({ length: 300 }, (_, index) => index % 251);

describe('sealed relay messages', () => {
  it('round-trip every client message', () => {
    const messages: SealedClientMessage[] = [
      { type: 'hello', after: 0 },
      { type: 'hello', after: 2 ** 40 },
      { type: 'envelope', envelope },
      { type: 'lease', covers: 512 },
    ];
    for (const message of messages) {
      expect(decodeSealedClientMessage(encodeSealedClientMessage(message), 1000)).toEqual(message);
    }
  });

  it('round-trip every server message', () => {
    const messages: SealedServerMessage[] = [
      { type: 'stored', counter: 7, seq: 1201 },
      { type: 'relay', seq: 0, durable: 7, envelope },
      { type: 'durable', through: 7 },
      { type: 'caught-up', latest: 99 },
      { type: 'lease', granted: true, covers: 500 },
      { type: 'lease', granted: false, covers: 500 },
      { type: 'refused', counter: 3, reason: 'This link can only read the letter.' },
    ];
    for (const message of messages) {
      expect(decodeSealedServerMessage(encodeSealedServerMessage(message))).toEqual(message);
    }
  });

  it('refuses an envelope over the limit, unknown types, trailing and cut-off bytes, and y-websocket messages', () => {
    const big = encodeSealedClientMessage({ type: 'envelope', envelope });
    expect(decodeSealedClientMessage(big, envelope.length - 1)).toBeNull();
    expect(decodeSealedClientMessage(big.subarray(0, big.length - 1), 1000)).toBeNull();
    expect(decodeSealedClientMessage(Uint8Array.from([...big, 0]), 1000)).toBeNull();
    expect(decodeSealedClientMessage(Uint8Array.from([0, 0, 1, 0]), 1000)).toBeNull();
    expect(decodeSealedClientMessage(new Uint8Array(), 1000)).toBeNull();
    expect(decodeSealedServerMessage(Uint8Array.from([100, 0, 0]))).toBeNull();
  });

  it('survives random bytes without throwing', () => {
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 2000; round += 1) {
      const bytes = Uint8Array.from({ length: next() % 40 }, () => next() % 256);
      bytes[0] = 20 + (next() % 17);
      expect(() => decodeSealedClientMessage(bytes, 64)).not.toThrow();
      expect(() => decodeSealedServerMessage(bytes)).not.toThrow();
    }
  });

  it('cuts a long refusal reason to what a client reads', () => {
    const message = encodeSealedServerMessage({ type: 'refused', counter: 1, reason: 'x'.repeat(5000) });
    const decoded = decodeSealedServerMessage(message);
    expect(decoded?.type === 'refused' && decoded.reason.length).toBe(200);
  });
});
