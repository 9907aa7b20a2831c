import { describe, expect, it } from 'vitest';
import { encodeSealedServerMessage } from '../../../src-common/collab/sealed-messages';
import { holdingSetup, Replica, settle, write } from '../../support/sealed-replica';

describe('a copy remembers only what the server has stored', () => {
  it('applies a relayed envelope at once and remembers it once the server says it is stored', () => {
    const { relay, replicas } = holdingSetup();
    const [alice, bob] = replicas as [Replica, Replica];
    write(alice, 'one ');
    write(alice, 'two ');
    settle(replicas);
    expect(bob.text).toBe('one two ');
    expect(bob.sync.remembered().lastSeq).toBe(0);
    expect(alice.sync.synced).toBe(false);
    relay.commit();
    settle(replicas);
    write(alice, 'three');
    settle(replicas);
    expect(bob.sync.remembered().lastSeq).toBe(2);
    expect(Object.values(bob.sync.remembered().seen)).toEqual([2]);
    relay.commit();
    settle(replicas);
    expect(bob.sync.remembered().lastSeq).toBe(3);
    expect(Object.values(bob.sync.remembered().seen)).toEqual([3]);
    expect(alice.sync.synced && bob.sync.synced).toBe(true);
    expect([...alice.problems, ...bob.problems]).toEqual([]);
  });

  it('takes the same tail again after a reconnect without calling it a replay', () => {
    const { relay, replicas } = holdingSetup();
    const [alice, bob] = replicas as [Replica, Replica];
    write(alice, 'Dear Commissioner, ');
    settle(replicas);
    expect(bob.text).toBe('Dear Commissioner, ');
    bob.offline();
    bob.online();
    settle(replicas);
    expect(bob.connection?.inbox).toEqual([]);
    relay.commit();
    settle(replicas);
    expect(bob.text).toBe('Dear Commissioner, ');
    expect(bob.sync.remembered().lastSeq).toBe(1);
    expect([...alice.problems, ...bob.problems]).toEqual([]);
  });

  it('keeps both changes when a crashed server gave a seen number to another envelope, with no false alarm', () => {
    const { relay, replicas } = holdingSetup(3);
    const [alice, bob, carol] = replicas as [Replica, Replica, Replica];
    write(alice, 'Alice wrote this. ');
    settle(replicas);
    expect(bob.text).toBe('Alice wrote this. ');
    relay.crash();
    replicas.forEach((replica) => replica.offline());
    relay.holdCommits = false;
    // Carol is back first: she sends the words she holds and the server lost, then her change, as numbers 1 and 2;
    // Bob saw number 1 for Alice's lost envelope.
    carol.online();
    settle([carol]);
    write(carol, 'Carol wrote this.');
    settle([carol]);
    expect(relay.log.map((entry) => entry.seq)).toEqual([1, 2]);
    bob.online();
    settle([bob, carol]);
    expect(bob.text).toContain('Alice wrote this. ');
    expect(bob.text).toContain('Carol wrote this.');
    // Alice quits and starts again: what the server never stored goes out again, under her next writer id.
    alice.restart();
    alice.online();
    settle(replicas);
    expect(carol.text).toBe(bob.text);
    expect(alice.text).toBe(bob.text);
    // Bob and Alice send the lost words too, each once: Yjs takes them once.
    expect(relay.stored).toHaveLength(4);
    expect(bob.sync.remembered().lastSeq).toBe(4);
    expect([...alice.problems, ...bob.problems, ...carol.problems]).toEqual([]);
  });

  it('still reports a stored envelope sent again, before and after a reconnect', () => {
    const { relay, replicas } = holdingSetup();
    const [alice, bob] = replicas as [Replica, Replica];
    write(alice, 'once');
    relay.commit();
    settle(replicas);
    const [first] = relay.stored as [Uint8Array];
    const replay = (seq: number) =>
      bob.sync.receive(encodeSealedServerMessage({ type: 'relay', seq, durable: 1, envelope: first }));
    replay(2);
    expect(bob.problems).toMatchObject([{ kind: 'order', detail: { kind: 'replayed' } }]);
    bob.offline();
    bob.online();
    settle([bob]);
    replay(2);
    expect(bob.problems).toHaveLength(2);
    expect(bob.problems[1]).toMatchObject({ kind: 'order', detail: { kind: 'replayed' } });
    expect(bob.text).toBe('once');
  });

  it('waits for its own acknowledgement when a co-editor’s later envelope arrives first', () => {
    const { relay, replicas } = holdingSetup();
    const [alice, bob] = replicas as [Replica, Replica];
    write(alice, 'first ');
    write(bob, 'second');
    settle(replicas);
    relay.commit();
    settle(replicas);
    expect(alice.text).toBe(bob.text);
    expect(alice.sync.remembered().lastSeq).toBe(2);
    expect([...alice.problems, ...bob.problems]).toEqual([]);
  });

  it('calls a number skipped once the server says it stored past it and no acknowledgement came for it', () => {
    const { replicas } = holdingSetup();
    const [alice, bob] = replicas as [Replica, Replica];
    write(alice, 'mine ');
    alice.connection?.inbox.splice(0);
    const envelopeOfBob = bob.doc.getText('body');
    envelopeOfBob.insert(0, 'x');
    bob.tick();
    const relayed = alice.connection?.inbox.splice(0) ?? [];
    relayed.forEach((bytes) => alice.sync.receive(bytes));
    expect(alice.problems).toEqual([]);
    alice.sync.receive(encodeSealedServerMessage({ type: 'durable', through: 2 }));
    expect(alice.problems).toMatchObject([{ kind: 'sequence', detail: { kind: 'skipped', expected: 1 } }]);
  });
});
