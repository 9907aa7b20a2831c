import { useCallback, useSyncExternalStore } from 'react';
import { fixedStatus, type SyncStatus, type SyncStatusSource } from './sealed-status';

const LOCAL: SyncStatusSource = fixedStatus({ kind: 'synced' });

/** The live sync status of a shared letter's connection (null for a letter kept only on this computer). */
export function useSyncStatus(tracker: SyncStatusSource | null): SyncStatus | null {
  const source = tracker ?? LOCAL;
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const status = useSyncExternalStore(subscribe, () => source.status());
  return tracker ? status : null;
}
