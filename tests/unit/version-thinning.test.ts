import { describe, expect, it } from 'vitest';
import { versionsToThin } from '../../src-main/store/letters/version-thinning';

const HOUR = 60 * 60 * 1000;
const now = Date.UTC(2026, 5, 30, 12);

describe('thinning automatic versions with age', () => {
  it('keeps all of the last day, one an hour for a week, one a day after', () => {
    const versions = [
      { id: 1, createdAt: now - 1 * HOUR },
      { id: 2, createdAt: now - 1 * HOUR - 60_000 },
      { id: 3, createdAt: now - 48 * HOUR + 60_000 },
      { id: 4, createdAt: now - 48 * HOUR + 120_000 },
      { id: 5, createdAt: now - 48 * HOUR - 2 * HOUR },
      { id: 6, createdAt: Date.UTC(2026, 5, 1, 9) },
      { id: 7, createdAt: Date.UTC(2026, 5, 1, 15) },
    ];
    expect(versionsToThin(versions, now).sort()).toEqual([3, 6]);
  });
});
