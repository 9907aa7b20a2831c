import { describe, expect, it } from 'vitest';
import { encodeSealedServerMessage } from '../../../src-common/collab/sealed-messages';
import { createLetterKeys } from '../../../src-common/crypto/letter-keys';
import { SealedRelayModel } from '../../support/sealed-relay-model';
import { LETTER, Replica, settle, setup, write } from '../../support/sealed-replica';

/** What one writer with keys of `epoch` stored: what a copy with other keys may be sent around a reset. */
function envelopesUnder(epoch: number, words: string): Uint8Array[] {
  const keys = createLetterKeys(epoch);
  const relay = new SealedRelayModel(LETTER, keys.verifyKey);
  const writer = new Replica(relay, keys);
  writer.online();
  settle([writer]);
  write(writer, words);
  settle([writer]);
  return relay.stored;
}

/** A copy under `keys`, caught up on an empty relay, ready to be sent relays one by one. */
function caughtUpCopy(epoch: number): Replica {
  const { relay } = setup(0);
  const copy = new Replica(relay, createLetterKeys(epoch));
  copy.online();
  settle([copy]);
  copy.sync.receive(encodeSealedServerMessage({ type: 'caught-up', latest: 0 }));
  return copy;
}

describe('a copy whose letter had its links reset', () => {
  it('skips, without alarm, a change sealed under the keys the reset replaced', () => {
    const [stale] = envelopesUnder(1, 'Typed while the links were reset.') as [Uint8Array];
    const owner = caughtUpCopy(2);
    owner.sync.receive(encodeSealedServerMessage({ type: 'relay', seq: 1, durable: 1, envelope: stale }));
    expect(owner.text).toBe('');
    expect(owner.problems).toEqual([]);
    expect(owner.sync.synced).toBe(true);
  });

  it('still tells a copy with the replaced keys that a change was made with other keys', () => {
    const [fresh] = envelopesUnder(2, 'After the reset.') as [Uint8Array];
    const old = caughtUpCopy(1);
    old.sync.receive(encodeSealedServerMessage({ type: 'relay', seq: 1, durable: 1, envelope: fresh }));
    expect(old.text).toBe('');
    expect(old.problems).toEqual([{ kind: 'unreadable', problem: 'other-keys' }]);
  });

  it('writes the snapshot its new keys need even when the first lease is refused because a change came in', () => {
    const { keys, relay, replicas } = setup(1);
    const [partner] = replicas as [Replica];
    partner.online();
    write(partner, 'Before. ');
    settle([partner]);
    const owner = new Replica(relay, keys, undefined, '', undefined, true);
    owner.online();
    // The partner's change is stored while the owner's lease request, for the point before it, is on its way.
    write(partner, 'During. ');
    settle([owner, partner]);
    expect(relay.snapshot).not.toBeNull();
    const newcomer = new Replica(relay, keys);
    newcomer.online();
    settle([newcomer]);
    expect(newcomer.text).toBe('Before. During. ');
    expect([...owner.problems, ...partner.problems, ...newcomer.problems]).toEqual([]);
  });
});
