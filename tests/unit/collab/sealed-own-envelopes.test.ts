import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SealedDocSync } from '../../../src-common/collab/sealed-doc-sync';
import {
  decodeSealedClientMessage,
  encodeSealedServerMessage,
} from '../../../src-common/collab/sealed-messages';
import {
  freshSealedSyncState,
  sealedSyncStateFromText,
  sealedSyncStateToText,
  type SealedSyncProblem,
  type SealedSyncState,
} from '../../../src-common/collab/sealed-sync-state';
import { createLetterKeys } from '../../../src-common/crypto/letter-keys';
import { newWriterId } from '../../../src-common/crypto/writer-order';

const LETTER = 'letter-own-envelopes';
const keys = createLetterKeys();

/** A copy whose socket is a list: what it sends is kept, and the test plays the server. */
function copy(state: SealedSyncState, doc = new Y.Doc(), canSend = () => true) {
  const sent: Uint8Array[] = [];
  const problems: SealedSyncProblem[] = [];
  const sync = new SealedDocSync({
    letterId: LETTER,
    keys,
    doc,
    state,
    send: (bytes) => sent.push(bytes),
    onProblem: (problem) => problems.push(problem),
    canSend,
  });
  const envelopes = () =>
    sent.flatMap((bytes) => {
      const message = decodeSealedClientMessage(bytes, 1 << 20);
      return message?.type === 'envelope' ? [message.envelope] : [];
    });
  return { doc, sync, problems, envelopes };
}

function relay(seq: number, envelope: Uint8Array): Uint8Array {
  return encodeSealedServerMessage({ type: 'relay', seq, durable: seq, envelope });
}

function stored(counter: number, seq: number): Uint8Array {
  return encodeSealedServerMessage({ type: 'stored', counter, seq });
}

/** A copy that wrote twice: the server confirmed the first change, and the socket closed before it confirmed the second. */
function twoChangesOneConfirmed() {
  const alice = copy(freshSealedSyncState(newWriterId()));
  alice.sync.connected();
  alice.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 0 }));
  alice.doc.getText('body').insert(0, 'Dear Commissioner, ');
  alice.sync.flush();
  alice.sync.receive(stored(1, 1));
  alice.doc.getText('body').insert(19, 'we write to you.');
  alice.sync.flush();
  const second = alice.envelopes()[1];
  if (!second) {
    throw new Error('The second change was not sent.');
  }
  alice.sync.disconnected();
  return { alice, second };
}

describe('a copy’s own envelopes sent back by the server', () => {
  it('are no alarm when the socket closed before the server confirmed them', () => {
    const { alice, second } = twoChangesOneConfirmed();
    alice.sync.connected();
    alice.sync.receive(relay(2, second));
    alice.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 2 }));
    expect(alice.problems).toEqual([]);
    expect(alice.doc.getText('body').toString()).toBe('Dear Commissioner, we write to you.');
  });

  it('are no alarm after a restart either, though the copy writes under a new writer id', () => {
    const { alice, second } = twoChangesOneConfirmed();
    const kept = sealedSyncStateToText(alice.sync.remembered());
    const restarted = copy(sealedSyncStateFromText(kept, newWriterId()), alice.doc);
    restarted.sync.connected();
    restarted.sync.receive(relay(2, second));
    restarted.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 2 }));
    expect(restarted.problems).toEqual([]);
  });
});

describe('a socket that is closing', () => {
  it('gets no envelope: the change waits for the next connection and uses up no counter', () => {
    let open = true;
    const alice = copy(freshSealedSyncState(newWriterId()), new Y.Doc(), () => open);
    alice.sync.connected();
    alice.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 0 }));
    open = false;
    alice.doc.getText('body').insert(0, 'Written as the socket closed.');
    expect(alice.envelopes()).toEqual([]);
    expect(alice.sync.waiting).toBe(1);
    expect(alice.sync.remembered().nextCounter).toBe(1);
  });
});
