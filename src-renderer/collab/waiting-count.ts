const KEY_PREFIX = 'undersigned.waiting.';

/**
 * Changes made while offline outlive the window: the count is kept per letter, so after a restart the status line
 * still says how many wait for the server. The changes themselves are safe in the local store either way.
 */
export function loadWaitingCount(letterId: string): number {
  const stored = Number(window.localStorage.getItem(KEY_PREFIX + letterId));
  return Number.isSafeInteger(stored) && stored > 0 ? stored : 0;
}

/** Remembers the count; zero removes the entry. */
export function saveWaitingCount(letterId: string, count: number): void {
  if (count > 0) {
    window.localStorage.setItem(KEY_PREFIX + letterId, String(count));
    return;
  }
  window.localStorage.removeItem(KEY_PREFIX + letterId);
}
