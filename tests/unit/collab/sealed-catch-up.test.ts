import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  freshSealedSyncState,
  SealedDocSync,
  type SealedSyncProblem,
} from '../../../src-common/collab/sealed-doc-sync';
import { encodeSealedServerMessage } from '../../../src-common/collab/sealed-messages';
import { viewerKeys, type LetterKeys } from '../../../src-common/crypto/letter-keys';
import {
  verifyInScript,
  webCryptoVerifier,
  type SignatureVerifier,
} from '../../../src-common/crypto/signature-verifier';
import { newWriterId } from '../../../src-common/crypto/writer-order';
import type { SealedRelayModel } from '../../support/sealed-relay-model';
import { LETTER, settle, setup, type Replica } from '../../support/sealed-replica';

/** Types `text` one character per tick, so each character is an envelope of its own. */
function typeInTicks(writer: Replica, others: Replica[], text: string): void {
  for (const letter of text) {
    writer.doc.getText('body').insert(writer.text.length, letter);
    settle([writer, ...others]);
  }
}

/** A viewer's copy whose verifier counts the signatures it checks, and whose Y.Doc counts its transactions. */
function countingReader(keys: LetterKeys, verify: SignatureVerifier = verifyInScript) {
  const doc = new Y.Doc();
  const problems: SealedSyncProblem[] = [];
  let checks = 0;
  let transactions = 0;
  doc.on('afterTransaction', () => {
    transactions += 1;
  });
  const sync = new SealedDocSync({
    letterId: LETTER,
    keys: viewerKeys(keys),
    doc,
    state: freshSealedSyncState(newWriterId()),
    send: (bytes) => connection && relayModel?.receive(connection, bytes),
    onProblem: (problem) => problems.push(problem),
    verifier: (message, signature, publicKey) => {
      checks += 1;
      return verify(message, signature, publicKey);
    },
  });
  let relayModel: SealedRelayModel | null = null;
  let connection: ReturnType<SealedRelayModel['connect']> | null = null;
  return {
    sync,
    problems,
    text: () => doc.getText('body').toString(),
    checks: () => checks,
    transactions: () => transactions,
    /** Connects to the relay and hands over everything it answers. */
    catchUp: async (relay: SealedRelayModel) => {
      relayModel = relay;
      connection = relay.connect();
      sync.connected();
      connection.inbox.splice(0).forEach((bytes) => sync.receive(bytes));
      await sync.settled();
    },
    deliver: async () => {
      connection?.inbox.splice(0).forEach((bytes) => sync.receive(bytes));
      await sync.settled();
    },
  };
}

describe('a catch-up checked along the writers’ hash chains', () => {
  it('checks one signature per writer’s chain and applies the whole backlog in one transaction', async () => {
    const { keys, relay, replicas } = setup();
    const [alice, bob] = replicas as [Replica, Replica];
    replicas.forEach((replica) => replica.online());
    typeInTicks(alice, [bob], 'Dear ');
    typeInTicks(bob, [alice], 'Minister');
    expect(relay.stored.length).toBe(13);
    for (const verify of [verifyInScript, webCryptoVerifier()]) {
      const reader = countingReader(keys, verify);
      await reader.catchUp(relay);
      expect(reader.text()).toBe('Dear Minister');
      expect(reader.checks()).toBe(2);
      expect(reader.transactions()).toBe(1);
      expect(reader.sync.synced).toBe(true);
      expect(reader.problems).toEqual([]);
    }
  });

  it('checks a live envelope after the catch-up on its own, as it comes', async () => {
    const { keys, relay, replicas } = setup(1);
    const [alice] = replicas as [Replica];
    alice.online();
    typeInTicks(alice, [], 'abc');
    const reader = countingReader(keys);
    await reader.catchUp(relay);
    expect(reader.checks()).toBe(1);
    typeInTicks(alice, [], 'de');
    await reader.deliver();
    expect(reader.text()).toBe('abcde');
    expect(reader.checks()).toBe(3);
  });

  it('counts a writer that restarted as a new chain, and still catches up whole', async () => {
    const { keys, relay, replicas } = setup(1);
    const [alice] = replicas as [Replica];
    alice.online();
    typeInTicks(alice, [], 'before ');
    alice.restart();
    alice.online();
    typeInTicks(alice, [], 'after');
    const reader = countingReader(keys);
    await reader.catchUp(relay);
    expect(reader.text()).toBe('before after');
    expect(reader.checks()).toBe(2);
    expect(reader.problems).toEqual([]);
  });

  it('reports an altered envelope in a catch-up in plain words and applies the others', async () => {
    const { keys, relay, replicas } = setup(1);
    const [alice] = replicas as [Replica];
    alice.online();
    typeInTicks(alice, [], 'abcd');
    const envelopes = relay.stored.map((envelope) => envelope.slice());
    const altered = envelopes[1] ?? new Uint8Array();
    altered[70] = (altered[70] ?? 0) ^ 1;
    const reader = countingReader(keys);
    reader.sync.connected();
    envelopes.forEach((envelope, index) =>
      reader.sync.receive(
        encodeSealedServerMessage({ type: 'relay', seq: index + 1, durable: index + 1, envelope }),
      ),
    );
    reader.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: envelopes.length }));
    await reader.sync.settled();
    expect(reader.problems).toMatchObject([
      { kind: 'unreadable', problem: 'bad-signature' },
      { kind: 'order', detail: { kind: 'missing', expected: 2, received: 3 } },
    ]);
    // "b" is lost, so "cd", which Yjs places after it, waits: what arrived is applied, nothing forged is.
    expect(reader.text()).toBe('a');
  });
});
