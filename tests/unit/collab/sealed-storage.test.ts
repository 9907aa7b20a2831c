import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  freshSealedSyncState,
  sealedSyncStateToText,
  type SealedSyncState,
} from '../../../src-common/collab/sealed-sync-state';
import { toBase64Url } from '../../../src-common/crypto/base64url';
import { newWriterId } from '../../../src-common/crypto/writer-order';
import { SealedLetterRecord, type RecordStorage } from '../../../src-renderer/collab/sealed-storage';

const LETTER = 'letter-kept';

/** localStorage's behaviour for the three calls the record makes, over a Map the test can read. */
function memoryStorage(entries: Record<string, string> = {}): RecordStorage & { keys(): string[] } {
  const items = new Map(Object.entries(entries));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    keys: () => [...items.keys()].sort(),
  };
}

function syncedState(): SealedSyncState {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, 'Dear Commissioner,');
  return {
    ...freshSealedSyncState(newWriterId()),
    lastSeq: 42,
    confirmedStateVector: Y.encodeStateVector(doc),
    seen: { AAAAAAAAAAAAAAAAAAAAAA: 12 },
  };
}

/** What a later start reads of the state, minus the writer id each start makes anew. */
function withoutWriter(state: SealedSyncState): Omit<SealedSyncState, 'writerId' | 'nextCounter'> {
  const { writerId: _writerId, nextCounter: _nextCounter, ...rest } = state;
  return rest;
}

describe('what this computer keeps of a sealed letter', () => {
  it('keeps its sync state, waiting count and keys’ epoch in one entry across starts', () => {
    const storage = memoryStorage();
    const first = new SealedLetterRecord(LETTER, storage);
    expect(first.waitingBefore).toBe(0);
    expect(first.keysChangedSince(1)).toBe(false);
    const state = syncedState();
    first.saveSyncState(state);
    first.saveWaiting(3);
    expect(storage.keys()).toEqual([`undersigned.sealed-letter.${LETTER}`]);

    const next = new SealedLetterRecord(LETTER, storage);
    expect(next.waitingBefore).toBe(3);
    expect(withoutWriter(next.syncState())).toEqual({
      ...withoutWriter(state),
      formerWriters: [toBase64Url(state.writerId)],
    });
    expect(next.keysChangedSince(1)).toBe(false);
    expect(next.keysChangedSince(2)).toBe(true);
    expect(new SealedLetterRecord(LETTER, storage).keysChangedSince(2)).toBe(false);
  });

  it('takes in the three entries of a letter stored before, once, and removes them', () => {
    const state = syncedState();
    const storage = memoryStorage({
      [`undersigned.sealed.${LETTER}`]: sealedSyncStateToText(state),
      [`undersigned.waiting.${LETTER}`]: '5',
      [`undersigned.sealed-epoch.${LETTER}`]: '1',
      'undersigned.sealed.another-letter': '{}',
    });
    const record = new SealedLetterRecord(LETTER, storage);
    expect(record.waitingBefore).toBe(5);
    expect(withoutWriter(record.syncState())).toEqual({
      ...withoutWriter(state),
      formerWriters: [toBase64Url(state.writerId)],
    });
    expect(storage.keys()).toEqual([
      `undersigned.sealed-letter.${LETTER}`,
      'undersigned.sealed.another-letter',
    ]);
    expect(new SealedLetterRecord(LETTER, storage).keysChangedSince(2)).toBe(true);
  });

  it('keeps what another window of the letter wrote to the other fields', () => {
    const storage = memoryStorage();
    const windowA = new SealedLetterRecord(LETTER, storage);
    const windowB = new SealedLetterRecord(LETTER, storage);
    windowA.saveWaiting(2);
    windowB.saveSyncState(syncedState());
    const read = new SealedLetterRecord(LETTER, storage);
    expect(read.waitingBefore).toBe(2);
    expect(read.syncState().lastSeq).toBe(42);
  });

  it('starts afresh from an entry that is not its own', () => {
    const storage = memoryStorage({ [`undersigned.sealed-letter.${LETTER}`]: 'not json' });
    const record = new SealedLetterRecord(LETTER, storage);
    expect(record.waitingBefore).toBe(0);
    expect(record.syncState().lastSeq).toBe(0);
  });
});
