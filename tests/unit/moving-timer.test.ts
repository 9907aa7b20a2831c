import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { movingTimer } from '../../src-renderer/ui/moving-timer';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a moving timer', () => {
  it('runs the task once the last move has had its full wait, and only once', () => {
    const timer = movingTimer();
    const task = vi.fn();
    timer.set(task, 200);
    for (let key = 0; key < 10; key += 1) {
      vi.advanceTimersByTime(70);
      timer.set(task, 200);
    }
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('arms one browser timer per quiet spell rather than one per move', () => {
    const timer = movingTimer();
    const set = vi.spyOn(globalThis, 'setTimeout');
    const task = vi.fn();
    for (let key = 0; key < 20; key += 1) {
      timer.set(task, 200);
      vi.advanceTimersByTime(70);
    }
    // One timer for the first key, and one more each time a timer fired early and waited out the rest (every
    // second key at this pace), where clearing and setting on each key would arm 20.
    expect(set.mock.calls.length).toBeLessThanOrEqual(11);
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs a sooner task at its own moment, not at the later one armed before', () => {
    const timer = movingTimer();
    const late = vi.fn();
    const soon = vi.fn();
    timer.set(late, 10_000);
    timer.set(soon, 0);
    vi.advanceTimersByTime(0);
    expect(soon).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(late).not.toHaveBeenCalled();
  });

  it('runs nothing once cancelled, and a stale cancel leaves a newer task alone', () => {
    const timer = movingTimer();
    const first = vi.fn();
    const second = vi.fn();
    const cancelFirst = timer.set(first, 100);
    timer.set(second, 100);
    cancelFirst();
    vi.advanceTimersByTime(100);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    timer.set(first, 100);
    timer.cancel();
    vi.advanceTimersByTime(1_000);
    expect(first).not.toHaveBeenCalled();
  });
});
