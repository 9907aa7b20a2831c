import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openBatch, type OpenedEnvelope } from '../../../src-common/crypto/chain-check';
import { sealEnvelope } from '../../../src-common/crypto/envelope';
import { createLetterKeys, viewerKeys, type LetterKeys } from '../../../src-common/crypto/letter-keys';
import {
  verifyInScript,
  webCryptoVerifier,
  type SignatureVerifier,
} from '../../../src-common/crypto/signature-verifier';
import {
  envelopeDigest,
  linkUpdate,
  readUpdateLink,
  WriterChain,
} from '../../../src-common/crypto/update-chain';
import { newWriterId } from '../../../src-common/crypto/writer-order';

const LETTER = 'letter-chain-1';

/** Single-character Yjs updates typing `text`. */
function typed(text: string): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  text.split('').forEach((letter, index) => doc.getText('body').insert(index, letter));
  return updates;
}

/** A writer sealing updates as the app does, each linked to its last; `restartAt` starts a new chain there. */
function chained(keys: LetterKeys, updates: Uint8Array[], restartAt = -1): Uint8Array[] {
  const writerId = newWriterId();
  let chain = new WriterChain();
  return updates.map((update, index) => {
    if (index === restartAt) {
      chain = new WriterChain();
    }
    const header = { kind: 'update' as const, writerId, counter: index + 1, covers: 0 };
    const envelope = sealEnvelope(LETTER, keys, header, chain.link(update));
    chain.sealed(envelope);
    return envelope;
  });
}

/** Envelopes as written before chains: the bare update. */
function unchained(keys: LetterKeys, updates: Uint8Array[]): Uint8Array[] {
  const writerId = newWriterId();
  return updates.map((update, index) =>
    sealEnvelope(LETTER, keys, { kind: 'update', writerId, counter: index + 1, covers: 0 }, update),
  );
}

/** The script's verifier, counting the signatures it is asked to check. */
function counting(verify: SignatureVerifier = verifyInScript): {
  verifier: SignatureVerifier;
  count(): number;
} {
  let count = 0;
  return {
    verifier: (message, signature, publicKey) => {
      count += 1;
      return verify(message, signature, publicKey);
    },
    count: () => count,
  };
}

/** What a reader holds after applying what opened, and the problems of what did not. */
function outcome(opened: readonly OpenedEnvelope[]): { text: string; problems: string[] } {
  const doc = new Y.Doc();
  const problems: string[] = [];
  opened.forEach((result) => {
    if (result.ok) {
      Y.applyUpdate(doc, readUpdateLink(result.plaintext).update);
    } else {
      problems.push(result.problem);
    }
  });
  return { text: doc.getText('body').toString(), problems };
}

describe('a writer’s hash chain', () => {
  it('links each update to the digest of the envelope before it, and starts with no link', () => {
    const keys = createLetterKeys();
    const envelopes = chained(keys, typed('abc'));
    const links = envelopes.map((bytes) => {
      const opened = openBatch(LETTER, keys, verifyInScript, [bytes]);
      const [result] = opened instanceof Promise ? [] : opened;
      return result?.ok ? readUpdateLink(result.plaintext) : null;
    });
    expect(links.map((link) => link?.chained)).toEqual([true, true, true]);
    expect(links[0]?.previous).toBeNull();
    expect(links[1]?.previous).toEqual(envelopeDigest(envelopes[0] ?? new Uint8Array()));
    expect(links[2]?.previous).toEqual(envelopeDigest(envelopes[1] ?? new Uint8Array()));
  });

  it('reads a plaintext from before chains as a bare update, and a copy from before chains applies a linked one', () => {
    const [update] = typed('a') as [Uint8Array];
    expect(readUpdateLink(update)).toEqual({ update, previous: null, chained: false });
    const linked = linkUpdate(update, envelopeDigest(update));
    expect(readUpdateLink(linked).update).toEqual(update);
    const older = new Y.Doc();
    // Yjs reads the update and leaves what follows it: the link is invisible to a copy that does not know it.
    Y.applyUpdate(older, linked);
    expect(older.getText('body').toString()).toBe('a');
  });
});

describe('opening a batch along the chains', () => {
  it('checks only the newest signature of a chain, and opens every envelope of it', () => {
    const keys = createLetterKeys();
    const checks = counting();
    const opened = openBatch(LETTER, viewerKeys(keys), checks.verifier, chained(keys, typed('signed')));
    expect(opened).not.toBeInstanceOf(Promise);
    expect(outcome(opened as OpenedEnvelope[])).toEqual({ text: 'signed', problems: [] });
    expect(checks.count()).toBe(1);
  });

  it('reports a broken link as a bad signature and still opens the rest, checking what the link no longer proves', async () => {
    const keys = createLetterKeys();
    const envelopes = chained(keys, typed('abcde'));
    const altered = (envelopes[2] ?? new Uint8Array()).slice();
    altered[70] = (altered[70] ?? 0) ^ 1;
    envelopes[2] = altered;
    const checks = counting();
    const opened = await openBatch(LETTER, keys, checks.verifier, envelopes);
    expect(opened.map((result) => result.ok)).toEqual([true, true, false, true, true]);
    expect(outcome(opened).problems).toEqual(['bad-signature']);
    // The newest, the one before the altered one (which nothing proves now), and the altered one, which did not open.
    expect(checks.count()).toBe(3);
  });

  it('refuses a middle envelope forged by someone who holds the content key but not the signing key', async () => {
    const keys = createLetterKeys();
    const updates = typed('abc');
    const envelopes = chained(keys, updates);
    // Sealed with the letter's content key, linked to the genuine first envelope, signed with another key.
    const forger = { ...keys, signingSeed: createLetterKeys().signingSeed };
    const [first] = envelopes as [Uint8Array];
    const header = { kind: 'update' as const, writerId: newWriterId(), counter: 2, covers: 0 };
    const forged = sealEnvelope(
      LETTER,
      forger,
      header,
      linkUpdate(typed('x')[0] ?? new Uint8Array(), envelopeDigest(first)),
    );
    const unsigned = sealEnvelope(
      LETTER,
      viewerKeys(keys),
      { ...header, kind: 'presence' },
      new Uint8Array([1]),
    );
    for (const verify of [verifyInScript, webCryptoVerifier()]) {
      const opened = await openBatch(LETTER, keys, verify, [first, forged, envelopes[2] ?? first]);
      expect(outcome(opened)).toEqual({ text: 'a', problems: ['bad-signature'] });
      expect(opened[2]?.ok).toBe(true);
      // A forged envelope linked from nothing, after the newest genuine one, proves nothing either.
      const after = await openBatch(LETTER, keys, verify, [...envelopes, forged, unsigned]);
      expect(after.map((result) => result.ok)).toEqual([true, true, true, false, true]);
    }
  });

  it('checks the last envelope of a chain that restarted, and proves both chains', () => {
    const keys = createLetterKeys();
    const checks = counting();
    const opened = openBatch(LETTER, keys, checks.verifier, chained(keys, typed('restart'), 3));
    expect(outcome(opened as OpenedEnvelope[])).toEqual({ text: 'restart', problems: [] });
    expect(checks.count()).toBe(2);
  });

  it('checks envelopes from before chains one by one, beside chained ones', () => {
    const keys = createLetterKeys();
    const checks = counting();
    const old = unchained(keys, typed('old'));
    const opened = openBatch(LETTER, keys, checks.verifier, [...old, ...chained(keys, typed('new'))]);
    expect(outcome(opened as OpenedEnvelope[]).problems).toEqual([]);
    expect(checks.count()).toBe(4);
  });

  it('opens an envelope the server repeated as often as it comes, leaving the replay to the writer order', () => {
    const keys = createLetterKeys();
    const envelopes = chained(keys, typed('ab'));
    const [first, second] = envelopes as [Uint8Array, Uint8Array];
    const checks = counting();
    const opened = openBatch(LETTER, keys, checks.verifier, [first, first, second]);
    expect((opened as OpenedEnvelope[]).map((result) => result.ok)).toEqual([true, true, true]);
    expect(checks.count()).toBe(1);
  });

  it('tells an envelope sealed with other keys or cut short from one with a bad signature', () => {
    const keys = createLetterKeys();
    const [first, second] = chained(keys, typed('ab')) as [Uint8Array, Uint8Array];
    const stranger = chained(createLetterKeys(), typed('z'));
    const opened = openBatch(LETTER, keys, verifyInScript, [first, ...stranger, second.subarray(0, 30)]);
    expect(outcome(opened as OpenedEnvelope[]).problems).toEqual(['bad-signature', 'malformed']);
  });
});
