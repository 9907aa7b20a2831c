import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SealedDocSync } from '../../../src-common/collab/sealed-doc-sync';
import {
  decodeSealedClientMessage,
  encodeSealedServerMessage,
} from '../../../src-common/collab/sealed-messages';
import { freshSealedSyncState } from '../../../src-common/collab/sealed-sync-state';
import { openEnvelope } from '../../../src-common/crypto/envelope';
import { createLetterKeys } from '../../../src-common/crypto/letter-keys';
import { newWriterId } from '../../../src-common/crypto/writer-order';

const LETTER = 'letter-batched';
const keys = createLetterKeys();

/**
 * A connected, caught-up copy whose socket is a list, and whose ticks end when the test says (`tick`), unless
 * `realTimer` leaves that to the default timer.
 */
function copy({ realTimer = false, canSend = (): boolean => true } = {}) {
  const doc = new Y.Doc();
  const sent: Uint8Array[] = [];
  const due: (() => void)[] = [];
  const sync = new SealedDocSync({
    letterId: LETTER,
    keys,
    doc,
    state: freshSealedSyncState(newWriterId()),
    send: (bytes) => sent.push(bytes),
    onProblem: (problem) => expect.fail(`Unexpected problem: ${JSON.stringify(problem)}`),
    canSend,
    ...(realTimer ? {} : { schedule: (run: () => void) => due.push(run) }),
  });
  sync.connected();
  sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 0 }));
  const envelopes = () =>
    sent.flatMap((bytes) => {
      const message = decodeSealedClientMessage(bytes, 1 << 20);
      return message?.type === 'envelope' ? [message.envelope] : [];
    });
  const tick = () => due.splice(0).forEach((run) => run());
  const body = doc.getText('body');
  return { doc, body, sync, envelopes, tick };
}

/** What the envelopes hold, applied in order to an empty letter, as a co-editor would. */
function textFrom(envelopes: Uint8Array[]): { text: string; counters: number[] } {
  const doc = new Y.Doc();
  const counters = envelopes.map((envelope) => {
    const opened = openEnvelope(LETTER, envelope, keys);
    if (!opened.ok) {
      throw new Error(`An envelope did not open: ${opened.problem}`);
    }
    Y.applyUpdate(doc, opened.plaintext);
    return opened.header.counter;
  });
  return { text: doc.getText('body').toString(), counters };
}

function stored(counter: number, seq: number): Uint8Array {
  return encodeSealedServerMessage({ type: 'stored', counter, seq });
}

describe('the local changes of one tick', () => {
  it('are sealed as one envelope once the tick is over, never inside the keystroke', () => {
    const { body, sync, envelopes, tick } = copy();
    body.insert(0, 'Dear Commissioner,');
    body.insert(18, ' we write');
    body.delete(0, 5);
    expect(envelopes()).toEqual([]);
    expect(sync.waiting).toBe(1);
    expect(sync.synced).toBe(false);
    tick();
    expect(envelopes()).toHaveLength(1);
    expect(textFrom(envelopes())).toEqual({ text: 'Commissioner, we write', counters: [1] });
  });

  it('of two ticks are two envelopes, in the writer’s counter order', () => {
    const { body, envelopes, tick } = copy();
    body.insert(0, 'We, the undersigned');
    tick();
    body.insert(19, ' organizations');
    body.insert(0, '— ');
    tick();
    expect(textFrom(envelopes())).toEqual({ text: '— We, the undersigned organizations', counters: [1, 2] });
  });

  it('go out at the end of the tick with the default timer', async () => {
    const { body, envelopes } = copy({ realTimer: true });
    body.insert(0, 'one ');
    body.insert(4, 'two ');
    body.insert(8, 'three');
    expect(envelopes()).toEqual([]);
    await expect.poll(() => envelopes().length).toBe(1);
    expect(textFrom(envelopes()).text).toBe('one two three');
  });

  it('go out at once when flushed, as the window closes', () => {
    const { body, sync, envelopes, tick } = copy();
    body.insert(0, 'Written as the window closed.');
    sync.flush();
    expect(textFrom(envelopes()).text).toBe('Written as the window closed.');
    tick();
    expect(envelopes()).toHaveLength(1);
  });

  it('say synced only once stored, even when an earlier envelope is confirmed meanwhile', () => {
    const { body, sync, tick } = copy();
    body.insert(0, 'First.');
    tick();
    body.insert(6, ' Second.');
    sync.receive(stored(1, 1));
    expect(sync.synced).toBe(false);
    expect(sync.remembered().changedSinceConfirmed).toBe(true);
    tick();
    sync.receive(stored(2, 2));
    expect(sync.synced).toBe(true);
    expect(sync.remembered().changedSinceConfirmed).toBe(false);
  });
});

describe('a tick’s changes the socket cannot take', () => {
  it('wait for the next catch-up when the socket dropped before the tick ended, and lose nothing', () => {
    const { body, sync, envelopes, tick } = copy();
    body.insert(0, 'Typed as the train entered the tunnel.');
    sync.disconnected();
    tick();
    expect(envelopes()).toEqual([]);
    expect(sync.waiting).toBe(1);
    sync.connected();
    sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 0 }));
    expect(textFrom(envelopes())).toEqual({ text: 'Typed as the train entered the tunnel.', counters: [1] });
    sync.receive(stored(1, 1));
    expect(sync.synced).toBe(true);
  });

  it('use up no counter while the socket is closing', () => {
    let open = true;
    const { body, sync, envelopes, tick } = copy({ canSend: () => open });
    body.insert(0, 'Written as the socket closed.');
    open = false;
    tick();
    expect(envelopes()).toEqual([]);
    expect(sync.waiting).toBe(1);
    expect(sync.remembered().nextCounter).toBe(1);
    expect(sync.remembered().changedSinceConfirmed).toBe(true);
  });
});
