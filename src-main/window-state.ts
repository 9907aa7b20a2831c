import type { WindowState } from './store/settings';

/** A rectangle on screen in device-independent pixels: the shape of Electron's `Rectangle`. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the main window opens, and whether maximized. */
export interface WindowPlacement {
  bounds: Area;
  maximized: boolean;
}

/** The size of the window the first time, or when the remembered place is on no display any more. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/** The smallest window the interface is laid out for. */
export const MIN_WINDOW_SIZE = { width: 640, height: 480 } as const;

// The window can be moved only by its top edge, so that much of it must lie on some display.
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

/**
 * Where to open the main window: the remembered place when its top edge is still on a display (moved and shrunk
 * to fit that display), otherwise a 1280×800 window centred on the primary display and no larger than it.
 */
export function restoreWindowPlacement(
  remembered: WindowState | null,
  workAreas: readonly Area[],
  primaryWorkArea: Area,
): WindowPlacement {
  if (!remembered) {
    return { bounds: defaultBounds(primaryWorkArea), maximized: false };
  }
  const area = areaHolding(remembered, workAreas);
  const bounds = area ? fitInside(remembered, area) : defaultBounds(primaryWorkArea);
  return { bounds, maximized: remembered.maximized };
}

/** The state to remember for a window's normal (not maximized) bounds. */
export function windowStateOf(normalBounds: Area, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(1, Math.round(normalBounds.width)),
    height: Math.max(1, Math.round(normalBounds.height)),
    maximized,
  };
}

/** The default window on the given work area: centred, and clamped to it on small screens. */
export function defaultBounds(workArea: Area): Area {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

/** Of the areas that hold the window's top edge, the one sharing most of the window. */
function areaHolding(bounds: Area, workAreas: readonly Area[]): Area | null {
  const topEdge: Area = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB_HEIGHT };
  let best: Area | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const edge = intersection(topEdge, area);
    if (edge.width < Math.min(GRAB_WIDTH, bounds.width) || edge.height < GRAB_HEIGHT) {
      continue;
    }
    const shared = intersection(bounds, area);
    const overlap = shared.width * shared.height;
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  return best;
}

function intersection(a: Area, b: Area): Area {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

/** Shrinks the window to the area if needed, then moves it until it lies wholly on the area. */
function fitInside(bounds: Area, area: Area): Area {
  const width = Math.min(Math.max(bounds.width, MIN_WINDOW_SIZE.width), area.width);
  const height = Math.min(Math.max(bounds.height, MIN_WINDOW_SIZE.height), area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** A call that waits until things have been quiet for a while; `flush` runs a pending call now. */
export interface Debounced {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/** Debounces `run` by `delayMs`, so that dragging a window saves once, when it stops. */
export function debounce(run: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = (): void => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        run();
      }, delayMs);
    },
    flush() {
      if (timer === null) {
        return;
      }
      cancel();
      run();
    },
    cancel,
  };
}
