import { describe, expect, it } from 'vitest';
import {
  HEADER_BYTES,
  openEnvelope,
  readEnvelopeHeader,
  sealEnvelope,
  verifyEnvelope,
} from '../../../src-common/crypto/envelope';
import { createLetterKeys, viewerKeys } from '../../../src-common/crypto/letter-keys';
import { newWriterId } from '../../../src-common/crypto/writer-order';

const LETTER = 'letter-7f3a';
const text = new TextEncoder();
const words = 'Over 230 Uyghur, Tibetan and Hong Kong groups call on the committee';

function sealedUpdate(keys = createLetterKeys(), counter = 1) {
  const writerId = newWriterId();
  const bytes = sealEnvelope(
    LETTER,
    keys,
    { kind: 'update', writerId, counter, covers: 0 },
    text.encode(words),
  );
  return { keys, writerId, bytes };
}

describe('sealing and opening an envelope', () => {
  it('gives an editor and a viewer the same words back, and names its writer and place', () => {
    const { keys, writerId, bytes } = sealedUpdate(undefined, 42);
    for (const reader of [keys, viewerKeys(keys)]) {
      const opened = openEnvelope(LETTER, bytes, reader);
      expect(opened.ok && new TextDecoder().decode(opened.plaintext)).toBe(words);
      expect(opened.ok && opened.header).toMatchObject({
        kind: 'update',
        counter: 42,
        epoch: 1,
        signed: true,
      });
      expect(opened.ok && Array.from(opened.header.writerId)).toEqual(Array.from(writerId));
    }
  });

  it('holds no readable trace of the words it carries', () => {
    const { bytes } = sealedUpdate();
    const asText = new TextDecoder('latin1').decode(bytes);
    expect(asText).not.toContain(words.slice(0, 8));
  });

  it('lets the server check the signature with the public key alone, and only for its own letter', () => {
    const { keys, bytes } = sealedUpdate();
    expect(verifyEnvelope(LETTER, bytes, keys.verifyKey)).toBe(true);
    expect(verifyEnvelope('letter-other', bytes, keys.verifyKey)).toBe(false);
    expect(verifyEnvelope(LETTER, bytes, createLetterKeys().verifyKey)).toBe(false);
  });

  it('refuses to let a viewer write, but lets a viewer share an unsigned presence', () => {
    const viewer = viewerKeys(createLetterKeys());
    const header = { kind: 'update' as const, writerId: newWriterId(), counter: 1, covers: 0 };
    expect(() => sealEnvelope(LETTER, viewer, header, text.encode('x'))).toThrow('Only an editor');
    const presence = sealEnvelope(LETTER, viewer, { ...header, kind: 'presence' }, text.encode('caret'));
    expect(readEnvelopeHeader(presence)?.signed).toBe(false);
    expect(openEnvelope(LETTER, presence, viewer).ok).toBe(true);
    expect(verifyEnvelope(LETTER, presence, viewer.verifyKey)).toBe(false);
  });

  it('detects every single flipped byte', () => {
    const { keys, bytes } = sealedUpdate();
    const outcomes = new Set<string>();
    for (let index = 0; index < bytes.length; index += 1) {
      const tampered = bytes.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      const opened = openEnvelope(LETTER, tampered, keys);
      expect(opened.ok, `byte ${index}`).toBe(false);
      outcomes.add(opened.ok ? 'ok' : opened.problem);
    }
    expect(outcomes).toContain('bad-signature');
  });

  it('detects a flipped byte in an unsigned presence through its tag', () => {
    const viewer = viewerKeys(createLetterKeys());
    const header = { kind: 'presence' as const, writerId: newWriterId(), counter: 3, covers: 0 };
    const bytes = sealEnvelope(LETTER, viewer, header, text.encode('caret at 12'));
    for (let index = 0; index < bytes.length; index += 1) {
      const tampered = bytes.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 0x80;
      expect(openEnvelope(LETTER, tampered, viewer).ok, `byte ${index}`).toBe(false);
    }
  });

  it('says why it cannot open: another letter, other keys, a stripped signature, a wrong content key', () => {
    const { keys, bytes } = sealedUpdate();
    expect(openEnvelope('letter-other', bytes, keys)).toEqual({ ok: false, problem: 'bad-signature' });
    expect(openEnvelope(LETTER, bytes, { ...keys, epoch: 2 })).toEqual({ ok: false, problem: 'other-keys' });
    const wrongContent = { ...keys, contentKey: createLetterKeys().contentKey };
    expect(openEnvelope(LETTER, bytes, wrongContent)).toEqual({ ok: false, problem: 'undecryptable' });
    const stripped = bytes.slice(0, bytes.length - 64);
    stripped[3] = 0;
    expect(openEnvelope(LETTER, stripped, keys)).toEqual({ ok: false, problem: 'unsigned' });
  });

  it('reads no header from bytes that are not an envelope', () => {
    const { bytes } = sealedUpdate();
    expect(readEnvelopeHeader(bytes.slice(0, HEADER_BYTES))).toBeNull();
    expect(readEnvelopeHeader(new Uint8Array(200))).toBeNull();
    const hugeCounter = bytes.slice();
    hugeCounter[24] = 0xff;
    expect(readEnvelopeHeader(hugeCounter)).toBeNull();
    const unknownFlag = bytes.slice();
    unknownFlag[2] = 0x80;
    expect(readEnvelopeHeader(unknownFlag)).toBeNull();
  });

  it('keeps counters and snapshot sequences exact up to 2^53 - 1', () => {
    const keys = createLetterKeys();
    const header = {
      kind: 'snapshot' as const,
      writerId: newWriterId(),
      counter: 2 ** 53 - 1,
      covers: 2 ** 40 + 5,
    };
    const bytes = sealEnvelope(LETTER, keys, header, new Uint8Array([1, 2, 3]));
    expect(readEnvelopeHeader(bytes)).toMatchObject({ counter: 2 ** 53 - 1, covers: 2 ** 40 + 5 });
    expect(() => sealEnvelope(LETTER, keys, { ...header, counter: -1 }, new Uint8Array())).toThrow(
      'whole number',
    );
  });
});
