import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../src-renderer/home/relative-time';

const NOW = Date.UTC(2026, 0, 15, 12);
const HOUR = 3600_000;

describe('relativeTime', () => {
  it('says how long ago in the largest whole unit, and "just now" under a minute', () => {
    expect(relativeTime(NOW - 30_000, NOW, 'en')).toBe('just now');
    expect(relativeTime(NOW - 5 * 60_000, NOW, 'en')).toBe('5 minutes ago');
    expect(relativeTime(NOW - 2 * HOUR, NOW, 'en')).toBe('2 hours ago');
    expect(relativeTime(NOW - 24 * HOUR, NOW, 'en')).toBe('yesterday');
  });

  it('keeps each language its own words when formatters are reused', () => {
    expect(relativeTime(NOW - 2 * HOUR, NOW, 'de')).toBe('vor 2 Stunden');
    expect(relativeTime(NOW - 2 * HOUR, NOW, 'en')).toBe('2 hours ago');
    expect(relativeTime(NOW - 24 * HOUR, NOW, 'de')).toBe('gestern');
  });
});
