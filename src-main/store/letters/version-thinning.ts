const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Every automatic version of the last day is kept; up to a week old, one an hour; older, one a day. */
export const KEEP_ALL_MS = DAY_MS;

/** See {@link KEEP_ALL_MS}. */
export const KEEP_HOURLY_MS = 7 * DAY_MS;

/**
 * Which automatic versions to delete so they thin out with age, as a backup rotation does: all from the last day,
 * the newest of each hour for a week, the newest of each day after that. Named versions never come here.
 */
export function versionsToThin(
  versions: readonly { id: number; createdAt: number }[],
  now: number,
): number[] {
  const seen = new Set<string>();
  const thinned: number[] = [];
  for (const version of [...versions].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)) {
    const age = now - version.createdAt;
    if (age < KEEP_ALL_MS) {
      continue;
    }
    const slot =
      age < KEEP_HOURLY_MS
        ? `hour ${Math.floor(version.createdAt / HOUR_MS)}`
        : `day ${Math.floor(version.createdAt / DAY_MS)}`;
    if (seen.has(slot)) {
      thinned.push(version.id);
    }
    seen.add(slot);
  }
  return thinned;
}
