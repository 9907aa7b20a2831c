import { describe, expect, it } from 'vitest';
import { sealEnvelope, verifyEnvelope } from '../../src-common/crypto/envelope';
import { createLetterKeys, viewerKeys } from '../../src-common/crypto/letter-keys';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { EnvelopeSignature } from '../../server/envelope-signature';

const LETTER = 'letter-under-test';
const keys = createLetterKeys();
const header = { kind: 'update' as const, writerId: newWriterId(), counter: 7, covers: 0 };
const envelope = sealEnvelope(LETTER, keys, header, new TextEncoder().encode('a change'));

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 1;
  return copy;
}

describe('the server’s envelope signature check', () => {
  const server = new EnvelopeSignature(keys.verifyKey);

  it('agrees with the clients’ check on a good envelope, a tampered one, another key, another letter, none', () => {
    const cases: [string, Uint8Array, Uint8Array][] = [
      [LETTER, envelope, keys.verifyKey],
      [LETTER, flipped(envelope, 5), keys.verifyKey],
      [LETTER, flipped(envelope, 60), keys.verifyKey],
      [LETTER, flipped(envelope, envelope.length - 1), keys.verifyKey],
      [LETTER, envelope.subarray(0, envelope.length - 1), keys.verifyKey],
      [LETTER, envelope, createLetterKeys().verifyKey],
      ['another-letter', envelope, keys.verifyKey],
      [
        LETTER,
        sealEnvelope(LETTER, viewerKeys(keys), { ...header, kind: 'presence' }, new Uint8Array(3)),
        keys.verifyKey,
      ],
      [LETTER, new Uint8Array(200), keys.verifyKey],
    ];
    const verdicts = cases.map(([letterId, bytes, key]) => [
      new EnvelopeSignature(key).verifies(letterId, bytes),
      verifyEnvelope(letterId, bytes, key),
    ]);
    expect(verdicts).toEqual([[true, true], ...cases.slice(1).map(() => [false, false])]);
  });

  it('takes any 32 bytes as a key without throwing, and then verifies nothing', () => {
    expect(new EnvelopeSignature(new Uint8Array(32).fill(255)).verifies(LETTER, envelope)).toBe(false);
    expect(server.verifies(LETTER, envelope)).toBe(true);
  });
});
