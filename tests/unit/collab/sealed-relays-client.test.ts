import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  freshSealedSyncState,
  SealedDocSync,
  type SealedSyncProblem,
} from '../../../src-common/collab/sealed-doc-sync';
import { encodeSealedServerMessage } from '../../../src-common/collab/sealed-messages';
import { viewerKeys, type LetterKeys } from '../../../src-common/crypto/letter-keys';
import { newWriterId } from '../../../src-common/crypto/writer-order';
import { LETTER, settle, setup } from '../../support/sealed-replica';

/** A viewer's copy, caught up on an empty letter, that takes the server's messages from the test. */
function caughtUpReader(keys: LetterKeys) {
  const doc = new Y.Doc();
  const problems: SealedSyncProblem[] = [];
  const sync = new SealedDocSync({
    letterId: LETTER,
    keys: viewerKeys(keys),
    doc,
    state: freshSealedSyncState(newWriterId()),
    send: () => undefined,
    onProblem: (problem) => problems.push(problem),
  });
  sync.connected();
  sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 0 }));
  return { sync, problems, text: () => doc.getText('body').toString() };
}

/** Three envelopes of one writer, typed one character per tick, as the relay stored them. */
function typedEnvelopes() {
  const { keys, relay, replicas } = setup(1);
  const [writer] = replicas;
  writer?.online();
  for (const letter of 'abc') {
    writer?.doc.getText('body').insert(writer.text.length, letter);
    settle(replicas);
  }
  return { keys, envelopes: relay.stored };
}

describe('a relays message outside a catch-up', () => {
  it('is taken as the relays it holds, in order', async () => {
    const { keys, envelopes } = typedEnvelopes();
    const reader = caughtUpReader(keys);
    const relays = envelopes.map((envelope, index) => ({ seq: index + 1, envelope }));
    reader.sync.receive(encodeSealedServerMessage({ type: 'relays', durable: 3, relays }));
    await reader.sync.settled();
    expect(reader.text()).toBe('abc');
    expect(reader.problems).toEqual([]);
  });

  it('with its envelopes reordered, or one replayed, is reported as a relay would be', async () => {
    const { keys, envelopes } = typedEnvelopes();
    const [first, second, third] = envelopes as [Uint8Array, Uint8Array, Uint8Array];
    const reordered = caughtUpReader(keys);
    const swapped = [first, third, second].map((envelope, index) => ({ seq: index + 1, envelope }));
    reordered.sync.receive(encodeSealedServerMessage({ type: 'relays', durable: 3, relays: swapped }));
    await reordered.sync.settled();
    expect(reordered.problems.map((problem) => problem.kind)).toContain('order');

    const replayed = caughtUpReader(keys);
    const again = [first, second, second].map((envelope, index) => ({ seq: index + 1, envelope }));
    replayed.sync.receive(encodeSealedServerMessage({ type: 'relays', durable: 3, relays: again }));
    await replayed.sync.settled();
    expect(replayed.problems.map((problem) => problem.kind)).toContain('order');
    expect(replayed.text()).toBe('ab');
  });

  it('that cannot be read is reported as malformed, and nothing in it is applied', async () => {
    const { keys, envelopes } = typedEnvelopes();
    const reader = caughtUpReader(keys);
    const relays = envelopes.map((envelope, index) => ({ seq: index + 1, envelope }));
    const bytes = encodeSealedServerMessage({ type: 'relays', durable: 3, relays });
    reader.sync.receive(bytes.subarray(0, bytes.length - 1));
    await reader.sync.settled();
    expect(reader.problems).toEqual([{ kind: 'malformed' }]);
    expect(reader.text()).toBe('');
  });
});
