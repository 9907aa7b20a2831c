import { useCallback, useSyncExternalStore } from 'react';
import { SyncTracker, type SyncStatus, type SyncStatusSource } from '../../src-common/collab/sync-tracker';

const LOCAL: SyncStatusSource = new SyncTracker('owner');

/** The live sync status of a shared letter's tracker (null for a letter kept only on this computer). */
export function useSyncStatus(tracker: SyncStatusSource | null): SyncStatus | null {
  const source = tracker ?? LOCAL;
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const status = useSyncExternalStore(subscribe, () => source.status());
  return tracker ? status : null;
}
