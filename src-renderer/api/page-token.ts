const STORAGE_KEY = 'undersigned.token';

/**
 * Browser mode's secret comes in the URL fragment (`#token=…`). It moves to this tab's session storage and out of
 * the address bar, so it survives a reload but is not left on screen or in the history.
 */
export function takePageToken(location: Location, history: History, storage: Storage): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY);
}
