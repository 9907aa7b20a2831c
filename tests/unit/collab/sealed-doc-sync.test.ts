import { describe, expect, it } from 'vitest';
import { encodeSealedServerMessage } from '../../../src-common/collab/sealed-messages';
import { createLetterKeys, viewerKeys } from '../../../src-common/crypto/letter-keys';
import { Replica, settle, setup } from '../../support/sealed-replica';

describe('a letter kept in step through the sealed relay', () => {
  it('sends live edits to the others and says synced once they are stored', () => {
    const { replicas } = setup();
    const [alice, bob] = replicas as [Replica, Replica];
    replicas.forEach((replica) => replica.online());
    settle(replicas);
    alice.doc.getText('body').insert(0, 'We, the undersigned organizations');
    expect(alice.sync.waiting).toBe(1);
    expect(alice.sync.synced).toBe(false);
    settle(replicas);
    expect(bob.text).toBe('We, the undersigned organizations');
    expect(alice.sync.synced && bob.sync.synced).toBe(true);
    expect([...alice.problems, ...bob.problems]).toEqual([]);
  });

  it('merges what two editors wrote offline, deletions alone included, when they return', () => {
    const { replicas } = setup();
    const [alice, bob] = replicas as [Replica, Replica];
    replicas.forEach((replica) => replica.online());
    alice.doc.getText('body').insert(0, 'Dear Secretary-General, ');
    settle(replicas);
    replicas.forEach((replica) => replica.offline());
    alice.doc.getText('body').delete(0, 5);
    bob.doc.getText('body').insert(bob.text.length, 'we write to you.');
    expect(alice.sync.waiting).toBe(1);
    replicas.forEach((replica) => replica.online());
    settle(replicas);
    expect(alice.text).toBe('Secretary-General, we write to you.');
    expect(bob.text).toBe(alice.text);
    expect(alice.sync.synced && bob.sync.synced).toBe(true);
  });

  it('keeps offline work across a restart and asks only for what it lacks', () => {
    const { relay, replicas } = setup();
    const [alice, bob] = replicas as [Replica, Replica];
    replicas.forEach((replica) => replica.online());
    bob.doc.getText('body').insert(0, 'First. ');
    settle(replicas);
    alice.offline();
    alice.doc.getText('body').insert(alice.text.length, 'Written on a train.');
    alice.restart();
    const storedBefore = relay.stored.length;
    alice.online();
    settle(replicas);
    expect(relay.stored.length).toBe(storedBefore + 1);
    expect(bob.text).toBe('First. Written on a train.');
  });

  it('uploads a letter written before it was shared, on the first connection', () => {
    const { keys, relay, replicas } = setup(1);
    const owner = new Replica(relay, keys, undefined, 'Drafted alone for a month.');
    const [partner] = replicas as [Replica];
    expect(owner.sync.waiting).toBe(1);
    [owner, partner].forEach((replica) => replica.online());
    settle([owner, partner]);
    expect(partner.text).toBe('Drafted alone for a month.');
    expect(owner.sync.synced).toBe(true);
  });

  it('lets a viewer read and never write', () => {
    const { keys, relay, replicas } = setup(1);
    const [alice] = replicas as [Replica];
    const viewer = new Replica(relay, viewerKeys(keys));
    const all = [alice, viewer];
    all.forEach((replica) => replica.online());
    alice.doc.getText('body').insert(0, 'Signed by 230 groups');
    settle(all);
    expect(viewer.text).toBe('Signed by 230 groups');
    viewer.doc.getText('body').insert(0, 'x');
    settle(all);
    expect(relay.stored.length).toBe(1);
    expect(alice.text).toBe('Signed by 230 groups');
  });

  it('reports a tampered, replayed or skipped envelope and keeps the copy whole', () => {
    const { relay, replicas } = setup();
    const [alice, bob] = replicas as [Replica, Replica];
    alice.online();
    settle([alice]);
    alice.doc.getText('body').insert(0, 'one ');
    settle([alice]);
    alice.doc.getText('body').insert(4, 'two');
    settle([alice]);
    const [first, second] = relay.stored as [Uint8Array, Uint8Array];
    const tampered = second.slice();
    tampered[80] = (tampered[80] ?? 0) ^ 1;
    bob.online();
    bob.connection?.inbox.splice(0);
    // Caught up: each relay is live and checked as it comes (a catch-up's are checked together, at its end).
    bob.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 0 }));
    const send = (seq: number, envelope: Uint8Array) =>
      bob.sync.receive(encodeSealedServerMessage({ type: 'relay', seq, durable: seq, envelope }));
    send(1, first);
    send(2, tampered);
    expect(bob.problems).toEqual([{ kind: 'unreadable', problem: 'bad-signature' }]);
    send(3, first);
    expect(bob.problems[1]).toMatchObject({ kind: 'order', detail: { kind: 'replayed' } });
    send(5, second);
    expect(bob.problems[2]).toMatchObject({ kind: 'sequence', detail: { kind: 'skipped', expected: 4 } });
    expect(bob.text).toBe('one two');
  });

  it('tells a stranger with the wrong keys that it cannot read, without touching its copy', () => {
    const { relay, replicas } = setup(1);
    const [alice] = replicas as [Replica];
    alice.online();
    alice.doc.getText('body').insert(0, 'private draft');
    settle([alice]);
    const stranger = new Replica(relay, createLetterKeys());
    stranger.online();
    settle([stranger]);
    expect(stranger.text).toBe('');
    expect(stranger.problems[0]).toEqual({ kind: 'unreadable', problem: 'bad-signature' });
  });

  it('writes a snapshot past the limit, drops what it covers, and a newcomer starts from it', () => {
    const { keys, relay, replicas } = setup(2, { envelopes: 5, bytes: 1 << 20 });
    const [alice, bob] = replicas as [Replica, Replica];
    replicas.forEach((replica) => replica.online());
    settle(replicas);
    for (let word = 0; word < 12; word += 1) {
      (word % 2 ? alice : bob).doc.getText('body').insert(0, `w${word} `);
      settle(replicas);
    }
    expect(relay.snapshot).not.toBeNull();
    expect(relay.log.length).toBeLessThan(5);
    const carol = new Replica(relay, keys);
    carol.online();
    settle([carol]);
    expect(carol.text).toBe(alice.text);
    alice.doc.getText('body').insert(0, 'after ');
    bob.doc.getText('body').insert(0, 'later ');
    settle([alice, bob, carol]);
    expect(carol.text).toBe(alice.text);
    expect([...alice.problems, ...bob.problems, ...carol.problems]).toEqual([]);
  });

  it('grants the snapshot lease to one copy at a time', () => {
    const { relay, replicas } = setup(2, { envelopes: 3, bytes: 1 << 20 });
    const [alice, bob] = replicas as [Replica, Replica];
    replicas.forEach((replica) => replica.online());
    settle(replicas);
    for (let word = 0; word < 3; word += 1) {
      alice.doc.getText('body').insert(0, `w${word} `);
      settle(replicas);
    }
    expect(relay.snapshot).not.toBeNull();
    expect([...alice.problems, ...bob.problems]).toEqual([]);
    expect(bob.text).toBe(alice.text);
  });

  it('converges three replicas through random edits, offline periods and compactions; the relay holds no words', () => {
    const { keys, relay, replicas } = setup(3, { envelopes: 7, bytes: 1 << 20 });
    let seed = 2024;
    const random = (below: number) => (seed = (seed * 16807) % 2147483647) % below;
    const words = ['Uyghur ', 'Tibetan ', 'Hong Kong ', 'Mongolian ', 'coalition ', 'undersigned '];
    for (let step = 0; step < 400; step += 1) {
      const replica = replicas[random(3)] as Replica;
      const body = replica.doc.getText('body');
      const roll = random(10);
      if (roll < 5) {
        body.insert(random(body.length + 1), words[random(words.length)] ?? '');
      } else if (roll < 7 && body.length > 0) {
        const at = random(body.length);
        body.delete(at, Math.min(1 + random(6), body.length - at));
      } else if (roll < 8) {
        if (replica.connection) {
          replica.offline();
        } else {
          replica.online();
        }
      } else {
        replica.deliver();
      }
    }
    replicas.filter((replica) => !replica.connection).forEach((replica) => replica.online());
    settle(replicas);
    const [first] = replicas as [Replica];
    expect(first.text.length).toBeGreaterThan(20);
    replicas.forEach((replica) => expect(replica.text).toBe(first.text));
    replicas.forEach((replica) => expect(replica.sync.synced).toBe(true));
    expect(relay.snapshot).not.toBeNull();
    const late = new Replica(relay, keys);
    late.online();
    settle([late]);
    expect(late.text).toBe(first.text);
    const storedText = relay.stored.map((bytes) => new TextDecoder('latin1').decode(bytes)).join('');
    for (const word of words) {
      expect(storedText).not.toContain(word.trim());
    }
  });
});
