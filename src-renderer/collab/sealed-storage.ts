import {
  sealedSyncStateFromText,
  sealedSyncStateToText,
  type SealedSyncState,
} from '../../src-common/collab/sealed-sync-state';
import { newWriterId } from '../../src-common/crypto/writer-order';

const KEY_PREFIX = 'undersigned.sealed.';

/**
 * Where this computer is in a sealed letter's server sequence, kept per letter across restarts so a reconnection
 * asks only for what is new. Losing it costs a full download and upload, never a change: the letter itself is
 * in the local store.
 */
export function loadSealedState(letterId: string): SealedSyncState {
  return sealedSyncStateFromText(window.localStorage.getItem(KEY_PREFIX + letterId), newWriterId());
}

/** Keeps the state; called whenever it changes (rarely: not on every keystroke). */
export function saveSealedState(letterId: string, state: SealedSyncState): void {
  window.localStorage.setItem(KEY_PREFIX + letterId, sealedSyncStateToText(state));
}

const EPOCH_PREFIX = 'undersigned.sealed-epoch.';

/**
 * True when the keys changed since this computer last connected with them ("Reset links" made new ones), and
 * remembers the new epoch. The owner's copy then writes a snapshot under the new keys.
 */
export function keysChangedSinceLastTime(letterId: string, epoch: number): boolean {
  const before = Number(window.localStorage.getItem(EPOCH_PREFIX + letterId));
  window.localStorage.setItem(EPOCH_PREFIX + letterId, String(epoch));
  return Number.isSafeInteger(before) && before > 0 && before < epoch;
}
