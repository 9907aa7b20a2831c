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
import { sealedStatusSource, sealedSyncStatus } from '../../../src-renderer/collab/sealed-status';

const OPEN: SealedStatus = {
  open: true,
  attempted: false,
  synced: true,
  waiting: 0,
  refusal: null,
  problem: null,
};
const PROBLEM = 'A change could not be applied and was skipped. Your copy is unchanged.';

describe('the status line of a sealed letter', () => {
  it('says the same as for any shared letter: connecting, offline, sending, synced, refused, read-only', () => {
    expect(sealedSyncStatus('editor', { ...OPEN, open: false })).toEqual({
      kind: 'connecting',
      waiting: 0,
    });
    expect(sealedSyncStatus('editor', { ...OPEN, open: false, attempted: true, waiting: 3 })).toEqual({
      kind: 'offline',
      waiting: 3,
    });
    expect(sealedSyncStatus('editor', { ...OPEN, synced: false, waiting: 2 })).toEqual({
      kind: 'syncing',
      waiting: 2,
    });
    expect(sealedSyncStatus('owner', OPEN)).toEqual({ kind: 'synced' });
    expect(sealedSyncStatus('editor', { ...OPEN, open: false, refusal: 'Reset.' })).toMatchObject({
      kind: 'refused',
      reason: 'Reset.',
    });
    expect(sealedSyncStatus('viewer', OPEN)).toEqual({ kind: 'read-only', connected: true });
  });

  it('shows a viewer a problem while connected, since a read-only copy can lack changes too', () => {
    expect(sealedSyncStatus('viewer', { ...OPEN, problem: PROBLEM })).toEqual({
      kind: 'problem',
      message: PROBLEM,
      waiting: 0,
    });
    expect(sealedSyncStatus('viewer', { ...OPEN, open: false, problem: PROBLEM })).toEqual({
      kind: 'read-only',
      connected: false,
    });
  });

  it('shows a problem while connected, and being offline or refused before it', () => {
    expect(sealedSyncStatus('editor', { ...OPEN, waiting: 2, problem: PROBLEM })).toEqual({
      kind: 'problem',
      message: PROBLEM,
      waiting: 2,
    });
    expect(
      sealedSyncStatus('editor', { ...OPEN, open: false, attempted: true, problem: PROBLEM }),
    ).toMatchObject({
      kind: 'offline',
    });
  });

  it('follows the connection, answering the same object until the connection’s status changes', () => {
    let status: SealedStatus = OPEN;
    const listeners = new Set<() => void>();
    const source = sealedStatusSource(
      {
        status: () => status,
        subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
      },
      'editor',
    );
    const heard: string[] = [];
    const unsubscribe = source.subscribe(() => heard.push(source.status().kind));
    const first = source.status();
    expect(first).toEqual({ kind: 'synced' });
    expect(source.status()).toBe(first);
    status = { ...OPEN, problem: PROBLEM };
    listeners.forEach((listener) => listener());
    expect(heard).toEqual(['problem']);
    unsubscribe();
    expect(listeners.size).toBe(0);
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
