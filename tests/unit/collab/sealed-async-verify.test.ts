import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  freshSealedSyncState,
  SealedDocSync,
  type SealedSyncProblem,
} from '../../../src-common/collab/sealed-doc-sync';
import {
  decodeSealedClientMessage,
  encodeSealedServerMessage,
  type SealedClientMessage,
} from '../../../src-common/collab/sealed-messages';
import { sealEnvelope, signedParts } from '../../../src-common/crypto/envelope';
import { createLetterKeys, viewerKeys, type LetterKeys } from '../../../src-common/crypto/letter-keys';
import {
  verifyInScript,
  webCryptoVerifier,
  type SignatureVerifier,
} from '../../../src-common/crypto/signature-verifier';
import { newWriterId } from '../../../src-common/crypto/writer-order';

const LETTER = 'letter-async-1';

/** Three envelopes of one writer, typing "abc" a letter at a time. */
function typedEnvelopes(keys: LetterKeys): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  'abc'.split('').forEach((letter, index) => doc.getText('body').insert(index, letter));
  const writerId = newWriterId();
  return updates.map((update, index) =>
    sealEnvelope(LETTER, keys, { kind: 'update', writerId, counter: index + 1, covers: 0 }, update),
  );
}

/** A verifier whose answers the test gives, in whatever order it likes. */
function heldVerifier(): { verifier: SignatureVerifier; answer(index: number): void; asked(): number } {
  const pending: { resolve(valid: boolean): void; valid: boolean }[] = [];
  return {
    verifier: (message, signature, publicKey) =>
      new Promise((resolve) =>
        pending.push({ resolve, valid: verifyInScript(message, signature, publicKey) }),
      ),
    answer: (index) => pending[index]?.resolve(pending[index].valid),
    asked: () => pending.length,
  };
}

function reader(keys: LetterKeys, verifier: SignatureVerifier) {
  const doc = new Y.Doc();
  const problems: SealedSyncProblem[] = [];
  const sent: (SealedClientMessage | null)[] = [];
  const sync = new SealedDocSync({
    letterId: LETTER,
    keys: viewerKeys(keys),
    doc,
    state: freshSealedSyncState(newWriterId()),
    send: (bytes) => sent.push(decodeSealedClientMessage(bytes, 1 << 20)),
    onProblem: (problem) => problems.push(problem),
    verifier,
  });
  sync.connected();
  const relay = (seq: number, envelope: Uint8Array): void =>
    sync.receive(encodeSealedServerMessage({ type: 'relay', seq, durable: seq, envelope }));
  const text = (): string => doc.getText('body').toString();
  return { sync, problems, sent, relay, text };
}

describe('signatures checked by a verifier that answers later', () => {
  it('applies envelopes in the server’s order whatever order their checks finish in', async () => {
    const keys = createLetterKeys();
    const held = heldVerifier();
    const { sync, problems, relay, text } = reader(keys, held.verifier);
    typedEnvelopes(keys).forEach((envelope, index) => relay(index + 1, envelope));
    sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 3 }));
    expect(held.asked()).toBe(3);
    held.answer(2);
    held.answer(1);
    await Promise.resolve();
    expect(text()).toBe('');
    expect(sync.synced).toBe(false);
    held.answer(0);
    await sync.settled();
    expect(text()).toBe('abc');
    expect(sync.synced).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a connection closing and opening takes effect after the messages that came before it', async () => {
    const keys = createLetterKeys();
    const held = heldVerifier();
    const { sync, sent, relay, text } = reader(keys, held.verifier);
    const [first] = typedEnvelopes(keys);
    relay(1, first ?? new Uint8Array());
    sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 1 }));
    sync.disconnected();
    sync.connected();
    held.answer(0);
    await sync.settled();
    expect(text()).toBe('a');
    // The new connection asks for what follows the envelope already held, and is not caught up by the old answer.
    expect(sent.at(-1)).toEqual({ type: 'hello', after: 1, batches: true });
    expect(sync.synced).toBe(false);
  });

  it('with WebCrypto, reports a flipped byte and applies nothing of that envelope', async () => {
    const keys = createLetterKeys();
    const { sync, problems, relay, text } = reader(keys, webCryptoVerifier());
    const [first, second] = typedEnvelopes(keys) as [Uint8Array, Uint8Array];
    const tampered = second.slice();
    tampered[70] = (tampered[70] ?? 0) ^ 1;
    relay(1, first);
    relay(2, tampered);
    await sync.settled();
    expect(problems).toEqual([{ kind: 'unreadable', problem: 'bad-signature' }]);
    expect(text()).toBe('a');
  });

  it('stops applying once destroyed, even with checks still running', async () => {
    const keys = createLetterKeys();
    const held = heldVerifier();
    const { sync, relay, text } = reader(keys, held.verifier);
    typedEnvelopes(keys).forEach((envelope, index) => relay(index + 1, envelope));
    sync.destroy();
    [0, 1, 2].forEach((index) => held.answer(index));
    await sync.settled();
    expect(text()).toBe('');
  });
});

describe('WebCrypto’s Ed25519 beside the script’s', () => {
  it('agrees on good and bad signatures, and falls back for a key WebCrypto refuses', async () => {
    const keys = createLetterKeys();
    const [envelope] = typedEnvelopes(keys) as [Uint8Array];
    const signed = signedParts(LETTER, envelope);
    if (!signed) {
      throw new Error('The envelope is signed.');
    }
    const forged = signed.signature.slice();
    forged[5] = (forged[5] ?? 0) ^ 1;
    const web = webCryptoVerifier();
    for (const verify of [web, verifyInScript]) {
      expect(await verify(signed.message, signed.signature, keys.verifyKey)).toBe(true);
      expect(await verify(signed.message, forged, keys.verifyKey)).toBe(false);
      expect(await verify(signed.message, signed.signature, createLetterKeys().verifyKey)).toBe(false);
    }
    expect(await web(signed.message, signed.signature, keys.verifyKey.subarray(1))).toBe(false);
  });
});
