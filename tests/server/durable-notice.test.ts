import { afterEach, describe, expect, it, vi } from 'vitest';
import { DURABLE_NOTICE_MS, DurableNotice } from '../../server/durable-notice';

afterEach(() => {
  vi.useRealTimers();
});

describe('durable notices', () => {
  it('sends at most one notice per letter in its time while a typist keeps the relays going', () => {
    vi.useFakeTimers();
    const told: number[] = [];
    const notice = new DurableNotice(0, (through) => told.push(through));
    // A keystroke every 50 ms for two seconds: relayed, then committed 5 ms later, so the last commit is always
    // newer than what the last relay carried.
    for (let seq = 1; seq <= 40; seq += 1) {
      notice.relayed();
      vi.advanceTimersByTime(5);
      notice.stored(seq);
      vi.advanceTimersByTime(45);
    }
    // At most one a quarter of a second; at 20 ms, every commit made a notice to every reader, 40 here.
    expect(told.length).toBeLessThanOrEqual(8);
    // Once the typing stops, the last commit is told.
    vi.advanceTimersByTime(DURABLE_NOTICE_MS);
    expect(told.at(-1)).toBe(40);
    notice.stop();
  });

  it('tells the last commit of a burst, and nothing a relay already told', () => {
    vi.useFakeTimers();
    const told: number[] = [];
    const notice = new DurableNotice(3, (through) => told.push(through));
    notice.stored(4);
    notice.relayed();
    vi.advanceTimersByTime(DURABLE_NOTICE_MS);
    expect(told).toEqual([]);
    notice.stored(5);
    vi.advanceTimersByTime(DURABLE_NOTICE_MS - 1);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(told).toEqual([5]);
    expect(notice.latest).toBe(5);
    notice.stop();
  });
});
