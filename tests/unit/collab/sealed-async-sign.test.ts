import { describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SealedDocSync } from '../../../src-common/collab/sealed-doc-sync';
import {
  decodeSealedClientMessage,
  encodeSealedServerMessage,
} from '../../../src-common/collab/sealed-messages';
import { SealedPresence } from '../../../src-common/collab/sealed-presence';
import { freshSealedSyncState, type SealedSyncState } from '../../../src-common/collab/sealed-sync-state';
import { openEnvelope, readEnvelopeHeader, verifyEnvelope } from '../../../src-common/crypto/envelope';
import {
  scriptSigner,
  webCryptoSigner,
  type EnvelopeSigner,
} from '../../../src-common/crypto/envelope-signer';
import { createLetterKeys } from '../../../src-common/crypto/letter-keys';
import { envelopeDigest, readUpdateLink } from '../../../src-common/crypto/update-chain';
import { newWriterId } from '../../../src-common/crypto/writer-order';

const LETTER = 'letter-signed-later';
const keys = createLetterKeys();
const seed = keys.signingSeed ?? new Uint8Array(32);

/** The runtime's WebCrypto signer, with every signature it was asked for kept, so a test can wait for them all. */
function watchedSigner(): { signer: EnvelopeSigner; answered(): Promise<unknown>; asked(): number } {
  const real = webCryptoSigner(seed);
  const asked: Promise<Uint8Array>[] = [];
  const signer: EnvelopeSigner = {
    signNow: real.signNow,
    sign: (message) => {
      const signature = Promise.resolve(real.sign(message));
      asked.push(signature);
      return signature;
    },
  };
  // The outbox hears of each signature before this resolves: its callback was registered first.
  return { signer, answered: () => Promise.all(asked), asked: () => asked.length };
}

/** A copy that signs with WebCrypto, whose tick ends when the test says, and whose socket is a list. */
function envelopesIn(sent: Uint8Array[]): Uint8Array[] {
  return sent.flatMap((bytes) => {
    const message = decodeSealedClientMessage(bytes, 1 << 20);
    return message?.type === 'envelope' ? [message.envelope] : [];
  });
}

function copy(state: SealedSyncState = freshSealedSyncState(newWriterId()), doc = new Y.Doc()) {
  const sent: Uint8Array[] = [];
  const ticks: (() => void)[] = [];
  const watched = watchedSigner();
  const sync = new SealedDocSync({
    letterId: LETTER,
    keys,
    doc,
    state,
    send: (bytes) => sent.push(bytes),
    onProblem: (problem) => {
      throw new Error(`Unexpected problem: ${JSON.stringify(problem)}`);
    },
    signer: watched.signer,
    schedule: (run) => ticks.push(run),
  });
  const envelopes = (): Uint8Array[] => envelopesIn(sent);
  /** Types `text` at the end and lets the tick end, so the change is sealed as an envelope of its own. */
  const type = (text: string): void => {
    const body = doc.getText('body');
    body.insert(body.length, text);
    ticks.splice(0).forEach((run) => run());
  };
  const caughtUp = (latest: number): void => {
    sync.connected();
    sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest }));
  };
  return { doc, sync, sent, envelopes, type, caughtUp, answered: watched.answered, asked: watched.asked };
}

/** Each envelope's counter, whether its signature verifies, and whether it links to the one before it. */
function describeChain(envelopes: Uint8Array[]) {
  return envelopes.map((envelope, index) => {
    const opened = openEnvelope(LETTER, envelope, keys);
    if (!opened.ok) {
      throw new Error(`Envelope ${index} does not open: ${opened.problem}`);
    }
    const { previous } = readUpdateLink(opened.plaintext);
    const before = envelopes[index - 1];
    return {
      counter: readEnvelopeHeader(envelope)?.counter,
      verifies: verifyEnvelope(LETTER, envelope, keys.verifyKey),
      links: before ? equal(previous, envelopeDigest(before)) : previous === null,
    };
  });
}

function equal(a: Uint8Array | null, b: Uint8Array): boolean {
  return a !== null && a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function textOf(envelopes: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const envelope of envelopes) {
    const opened = openEnvelope(LETTER, envelope, keys);
    if (opened.ok) {
      Y.applyUpdate(doc, readUpdateLink(opened.plaintext).update);
    }
  }
  return doc.getText('body').toString();
}

describe('signing with WebCrypto', () => {
  it('gives the bytes the script gives, which the letter’s public key verifies', async () => {
    const message = new TextEncoder().encode('Dear Commissioner,');
    const signature = await webCryptoSigner(seed).sign(message);
    expect(signature).toEqual(scriptSigner(seed).signNow(message));
  });

  it('sends changes in flight in the order they were made, counted and chained in that order', async () => {
    const alice = copy();
    alice.caughtUp(0);
    ['Dear ', 'Commissioner, ', 'we ', 'write ', 'to you.'].forEach((text) => alice.type(text));
    // Nothing is signed inside the keystrokes' tick, yet all five count as waiting.
    expect(alice.envelopes()).toHaveLength(0);
    expect(alice.sync.waiting).toBe(5);
    await vi.waitFor(() => expect(alice.envelopes()).toHaveLength(5));
    const chain = describeChain(alice.envelopes());
    expect(chain).toEqual([1, 2, 3, 4, 5].map((counter) => ({ counter, verifies: true, links: true })));
    expect(textOf(alice.envelopes())).toBe('Dear Commissioner, we write to you.');
  });

  it('drops a signature that comes after a disconnect, and the reconnect’s catch-up carries its change', async () => {
    const alice = copy();
    alice.caughtUp(0);
    alice.type('Dear Commissioner, ');
    await vi.waitFor(() => expect(alice.envelopes()).toHaveLength(1));
    alice.sync.receive(encodeSealedServerMessage({ type: 'stored', counter: 1, seq: 1 }));
    alice.type('we write to you.');
    alice.sync.disconnected();
    alice.sync.connected();
    expect(alice.sync.waiting).toBe(1);
    // The catch-up is sealed while the closed connection's signature is still pending.
    alice.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 1 }));
    await vi.waitFor(() => expect(alice.envelopes()).toHaveLength(2));
    await alice.answered();
    // The late signature went nowhere: not onto the new connection, nor onto the catch-up waiting behind it.
    expect(alice.envelopes()).toHaveLength(2);
    expect(alice.asked()).toBe(3);
    expect(describeChain(alice.envelopes())).toEqual([
      { counter: 1, verifies: true, links: true },
      { counter: 2, verifies: true, links: true },
    ]);
    expect(textOf(alice.envelopes())).toBe('Dear Commissioner, we write to you.');
  });

  it('sends at once, signed in the script, what waits for its signature when the window goes', async () => {
    const alice = copy();
    alice.caughtUp(0);
    alice.type('Dear ');
    alice.type('Commissioner,');
    alice.sync.flush();
    expect(describeChain(alice.envelopes())).toEqual([
      { counter: 1, verifies: true, links: true },
      { counter: 2, verifies: true, links: true },
    ]);
    await alice.answered();
    expect(alice.envelopes()).toHaveLength(2);
  });

  it('sends nothing after destroy, and the change pending then goes out on the next start', async () => {
    const alice = copy();
    alice.caughtUp(0);
    alice.type('Dear Commissioner,');
    alice.sync.destroy();
    await alice.answered();
    expect(alice.envelopes()).toHaveLength(0);
    const remembered = alice.sync.remembered();
    expect(remembered.changedSinceConfirmed).toBe(true);

    const again = copy(remembered, alice.doc);
    again.caughtUp(0);
    await vi.waitFor(() => expect(again.envelopes()).toHaveLength(1));
    expect(describeChain(again.envelopes())).toEqual([{ counter: 1, verifies: true, links: true }]);
    expect(textOf(again.envelopes())).toBe('Dear Commissioner,');
  });
});

describe('presence signed with WebCrypto', () => {
  function presence() {
    const awareness = new Awareness(new Y.Doc());
    const sent: Uint8Array[] = [];
    const watched = watchedSigner();
    const sealed = new SealedPresence({
      letterId: LETTER,
      keys,
      awareness,
      writerId: newWriterId(),
      send: (bytes) => sent.push(bytes),
      signer: watched.signer,
    });
    // What a co-editor makes of each envelope, in the order they came: this person's state, or null once they left.
    const seen = () =>
      envelopesIn(sent).map((envelope) => {
        const opened = openEnvelope(LETTER, envelope, keys);
        const other = new Awareness(new Y.Doc());
        other.setLocalState(null);
        if (opened.ok) {
          applyAwarenessUpdate(other, opened.plaintext, 'server');
        }
        return other.getStates().get(awareness.clientID) ?? null;
      });
    return { awareness, sealed, sent, seen, answered: watched.answered };
  }

  it('says goodbye at once when destroyed while its presence waits for a signature, after that presence', () => {
    const { awareness, sealed, seen } = presence();
    awareness.setLocalStateField('user', { name: 'Ada' });
    sealed.connected();
    expect(seen()).toEqual([]);
    sealed.destroy();
    expect(seen()).toEqual([{ user: { name: 'Ada' } }, null]);
  });

  it('drops presence whose signature comes after the socket closed', async () => {
    const { awareness, sealed, sent, answered } = presence();
    awareness.setLocalStateField('user', { name: 'Ada' });
    sealed.connected();
    sealed.disconnected();
    await answered();
    expect(sent).toHaveLength(0);
  });
});
