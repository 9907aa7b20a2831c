import { describe, expect, it } from 'vitest';
import { readEnvelopeHeader } from '../../../src-common/crypto/envelope';
import { viewerKeys } from '../../../src-common/crypto/letter-keys';
import { holdingSetup, Replica, settle, write } from '../../support/sealed-replica';

describe('what a crash loses between relaying and storing', () => {
  it('goes out again from its running writer under the counter the server never stored', () => {
    const { keys, relay, replicas } = holdingSetup(1);
    const [alice] = replicas as [Replica];
    const bob = new Replica(relay, viewerKeys(keys));
    bob.online();
    write(alice, 'Dear Commissioner, ');
    relay.commit();
    write(alice, 'we object');
    write(alice, '.');
    settle([alice, bob]);
    expect(bob.text).toBe('Dear Commissioner, we object.');
    relay.crash();
    alice.offline();
    bob.offline();
    relay.holdCommits = false;
    bob.online();
    settle([bob]);
    alice.online();
    settle([alice, bob]);
    // Counters 2 and 3 were lost: the catch-up takes 2 again, so no reader waits for a counter that never comes.
    expect(relay.stored.map((envelope) => readEnvelopeHeader(envelope)?.counter)).toEqual([1, 2]);
    // The viewer, which could not send them, sees they came back and says nothing.
    bob.graceOver();
    expect(bob.problems).toEqual([]);
    write(alice, ' Yours,');
    settle([alice, bob]);
    const newcomer = new Replica(relay, viewerKeys(keys));
    newcomer.online();
    settle([newcomer]);
    expect(newcomer.text).toBe('Dear Commissioner, we object. Yours,');
    expect(bob.text).toBe(newcomer.text);
    expect(relay.stored.map((envelope) => readEnvelopeHeader(envelope)?.counter)).toEqual([1, 2, 3]);
    expect([...alice.problems, ...bob.problems, ...newcomer.problems]).toEqual([]);
  });

  it('is sent by a co-editor that applied it when its writer is gone too, and once only', () => {
    const { relay, replicas } = holdingSetup(3);
    const [alice, bob, carol] = replicas as [Replica, Replica, Replica];
    write(alice, 'Alice wrote this.');
    settle(replicas);
    relay.crash();
    alice.offline();
    alice.sync.destroy();
    bob.offline();
    carol.offline();
    relay.holdCommits = false;
    bob.online();
    settle([bob]);
    expect(relay.stored).toHaveLength(1);
    // Carol finds Bob's envelope holding what she had: hers goes out too (neither can know of the other's), and Yjs
    // takes the words once. A later reconnect sends nothing more.
    carol.online();
    settle([bob, carol]);
    carol.offline();
    carol.online();
    settle([bob, carol]);
    expect(relay.stored).toHaveLength(2);
    expect(carol.text).toBe('Alice wrote this.');
    expect(bob.text).toBe('Alice wrote this.');
    expect([...bob.problems, ...carol.problems]).toEqual([]);
  });

  it('stays in a viewer’s copy, which cannot send it and says so once its writer had time to send it again', () => {
    const { keys, relay, replicas } = holdingSetup(1);
    const [alice] = replicas as [Replica];
    const viewer = new Replica(relay, viewerKeys(keys));
    viewer.online();
    settle([alice, viewer]);
    write(alice, 'Alice wrote this.');
    settle([alice, viewer]);
    relay.crash();
    alice.offline();
    alice.sync.destroy();
    viewer.offline();
    viewer.online();
    settle([viewer]);
    expect(viewer.text).toBe('Alice wrote this.');
    expect(viewer.sync.synced).toBe(true);
    expect(relay.stored).toEqual([]);
    expect(viewer.problems).toEqual([]);
    viewer.graceOver();
    expect(viewer.problems).toEqual([{ kind: 'held-alone' }]);
    viewer.graceOver();
    expect(viewer.problems).toHaveLength(1);
  });

  it('is not sent again when a reconnect finds the server still holds it', () => {
    const { relay, replicas } = holdingSetup(2);
    const [alice, bob] = replicas as [Replica, Replica];
    write(alice, 'Alice wrote this.');
    settle(replicas);
    bob.offline();
    bob.online();
    settle(replicas);
    relay.commit();
    settle(replicas);
    expect(relay.stored).toHaveLength(1);
    expect(alice.sync.synced && bob.sync.synced).toBe(true);
  });
});
