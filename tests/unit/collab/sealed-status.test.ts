import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CompactionCounter } from '../../../src-common/collab/sealed-compaction';
import {
  freshSealedSyncState,
  sealedSyncStateFromText,
  sealedSyncStateToText,
} from '../../../src-common/collab/sealed-sync-state';
import { toBase64Url } from '../../../src-common/crypto/base64url';
import { newWriterId } from '../../../src-common/crypto/writer-order';
import type { SealedStatus } from '../../../src-renderer/collab/sealed-connection';
import { SealedStatusSource, sealedSyncStatus } from '../../../src-renderer/collab/sealed-status';

const OPEN: SealedStatus = { open: true, attempted: false, synced: true, waiting: 0, refusal: null };

describe('the status line of a sealed letter', () => {
  it('says the same as for any shared letter: connecting, offline, sending, synced, refused, read-only', () => {
    expect(sealedSyncStatus('editor', { ...OPEN, open: false }, null)).toEqual({
      kind: 'connecting',
      waiting: 0,
    });
    expect(sealedSyncStatus('editor', { ...OPEN, open: false, attempted: true, waiting: 3 }, null)).toEqual({
      kind: 'offline',
      waiting: 3,
    });
    expect(sealedSyncStatus('editor', { ...OPEN, synced: false, waiting: 2 }, null)).toEqual({
      kind: 'syncing',
      waiting: 2,
    });
    expect(sealedSyncStatus('owner', OPEN, null)).toEqual({ kind: 'synced' });
    expect(sealedSyncStatus('editor', { ...OPEN, open: false, refusal: 'Reset.' }, null)).toMatchObject({
      kind: 'refused',
      reason: 'Reset.',
    });
    expect(sealedSyncStatus('viewer', OPEN, 'ignored')).toEqual({ kind: 'read-only', connected: true });
  });

  it('shows a problem until the next connection opens', () => {
    let status: SealedStatus = OPEN;
    const source = new SealedStatusSource('editor', () => status);
    source.changed();
    source.reportProblem('A change could not be applied and was skipped. Your copy is unchanged.');
    expect(source.status()).toMatchObject({ kind: 'problem' });
    status = { ...OPEN, open: false, attempted: true };
    source.changed();
    expect(source.status()).toMatchObject({ kind: 'offline' });
    status = OPEN;
    source.changed();
    expect(source.status()).toEqual({ kind: 'synced' });
  });

  it('stays the same object while it says the same, so an envelope sent or received redraws nothing', () => {
    let status: SealedStatus = OPEN;
    const source = new SealedStatusSource('editor', () => status);
    const synced = source.status();
    source.changed();
    expect(source.status()).toBe(synced);
    status = { ...OPEN, synced: false, waiting: 1 };
    source.changed();
    const sending = source.status();
    expect(sending).toEqual({ kind: 'syncing', waiting: 1 });
    status = { ...OPEN, synced: false, waiting: 2 };
    source.changed();
    expect(source.status()).toEqual({ kind: 'syncing', waiting: 2 });
    status = OPEN;
    source.changed();
    expect(source.status()).toEqual({ kind: 'synced' });
  });
});

describe('what a sealed letter remembers between starts', () => {
  it('keeps its place, the confirmed state and the counters it has seen, under a new writer id', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'Dear Commissioner,');
    const state = {
      ...freshSealedSyncState(newWriterId()),
      lastSeq: 42,
      nextCounter: 7,
      confirmedStateVector: Y.encodeStateVector(doc),
      changedSinceConfirmed: true,
      seen: { AAAAAAAAAAAAAAAAAAAAAA: 12 },
    };
    const writerId = newWriterId();
    const read = sealedSyncStateFromText(sealedSyncStateToText(state), writerId);
    expect(read).toEqual({
      ...state,
      writerId,
      nextCounter: 1,
      formerWriters: [toBase64Url(state.writerId)],
    });
  });

  it('starts afresh from nothing, or from text that is not its own', () => {
    const writerId = newWriterId();
    const fresh = freshSealedSyncState(writerId);
    expect(sealedSyncStateFromText(null, writerId)).toEqual(fresh);
    expect(sealedSyncStateFromText('{"lastSeq": -1}', writerId)).toEqual(fresh);
    expect(sealedSyncStateFromText('not json', writerId)).toEqual(fresh);
  });
});

describe('asking to write a snapshot', () => {
  it('asks at once when one is wanted, and only once until a snapshot is seen', () => {
    const counter = new CompactionCounter({ envelopes: 500, bytes: 1_000_000 });
    expect(counter.shouldAsk()).toBe(false);
    counter.want();
    expect(counter.shouldAsk()).toBe(true);
    counter.asked();
    expect(counter.shouldAsk()).toBe(false);
    counter.answered(true);
    counter.snapshotSeen();
    expect(counter.shouldAsk()).toBe(false);
  });
});
