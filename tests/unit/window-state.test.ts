import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  debounce,
  defaultBounds,
  restoreWindowPlacement,
  windowStateOf,
  type Area,
} from '../../src-main/window-state';

const PRIMARY: Area = { x: 0, y: 0, width: 1920, height: 1050 };
const RIGHT: Area = { x: 1920, y: 0, width: 2560, height: 1400 };
const CENTRED = { x: 320, y: 125, width: 1280, height: 800 };

describe('restoring the window', () => {
  it('centres a 1280×800 window on the primary display the first time', () => {
    expect(restoreWindowPlacement(null, [PRIMARY], PRIMARY)).toEqual({ bounds: CENTRED, maximized: false });
  });

  it('keeps a remembered place that is fully visible', () => {
    const remembered = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(restoreWindowPlacement(remembered, [PRIMARY, RIGHT], PRIMARY)).toEqual({
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('keeps a window on the second display, maximized if it was', () => {
    const remembered = { x: 2100, y: 200, width: 1600, height: 900, maximized: true };
    expect(restoreWindowPlacement(remembered, [PRIMARY, RIGHT], PRIMARY)).toEqual({
      bounds: { x: 2100, y: 200, width: 1600, height: 900 },
      maximized: true,
    });
  });

  it('falls back to the default when the display it was on is gone', () => {
    const remembered = { x: 2100, y: 200, width: 1600, height: 900, maximized: false };
    expect(restoreWindowPlacement(remembered, [PRIMARY], PRIMARY)).toEqual({
      bounds: CENTRED,
      maximized: false,
    });
  });

  it('falls back when the title bar is above the screen or only a sliver of it shows', () => {
    const above = { x: 100, y: -500, width: 1000, height: 700, maximized: false };
    const sliver = { x: 1870, y: 100, width: 1000, height: 700, maximized: false };
    expect(restoreWindowPlacement(above, [PRIMARY], PRIMARY).bounds).toEqual(CENTRED);
    expect(restoreWindowPlacement(sliver, [PRIMARY], PRIMARY).bounds).toEqual(CENTRED);
  });

  it('pulls a partly hidden window back onto its display', () => {
    const hanging = { x: 1500, y: 600, width: 1000, height: 700, maximized: false };
    expect(restoreWindowPlacement(hanging, [PRIMARY], PRIMARY).bounds).toEqual({
      x: 920,
      y: 350,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its display and grows one below the minimum size', () => {
    const huge = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    const tiny = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(restoreWindowPlacement(huge, [PRIMARY], PRIMARY).bounds).toEqual(PRIMARY);
    expect(restoreWindowPlacement(tiny, [PRIMARY], PRIMARY).bounds).toEqual({
      x: 10,
      y: 10,
      width: 640,
      height: 480,
    });
  });

  it('picks the display holding most of a window that spans two', () => {
    const spanning = { x: 1700, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreWindowPlacement(spanning, [PRIMARY, RIGHT], PRIMARY).bounds).toEqual({
      x: 1920,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('clamps the default window to a small primary display, offset like the display', () => {
    expect(defaultBounds({ x: -1024, y: 30, width: 1024, height: 738 })).toEqual({
      x: -1024,
      y: 30,
      width: 1024,
      height: 738,
    });
  });
});

describe('remembering the window', () => {
  it('stores whole pixels and the maximized flag', () => {
    expect(windowStateOf({ x: 10.4, y: 20.6, width: 1000.5, height: 0 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1001,
      height: 1,
      maximized: true,
    });
  });
});

describe('debouncing saves', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once after the last call, and flush runs a pending call at once', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const save = debounce(run, 500);
    save.schedule();
    vi.advanceTimersByTime(400);
    save.schedule();
    vi.advanceTimersByTime(400);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);

    save.schedule();
    save.flush();
    expect(run).toHaveBeenCalledTimes(2);
    save.flush();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('drops a pending call when cancelled', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const save = debounce(run, 500);
    save.schedule();
    save.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
