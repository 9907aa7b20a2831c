// The letter text's zoom levels, apart from the DOM so Node tests can use them.

/** The zoom levels Ctrl+= and Ctrl+- step through, as a word processor's menu offers them. */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

/** The next level up or down from `current` (which need not be a step); the ends stay put. */
export function stepZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) {
    return ZOOM_STEPS.find((step) => step > current + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1] ?? 1;
  }
  return [...ZOOM_STEPS].reverse().find((step) => step < current - 0.001) ?? ZOOM_STEPS[0] ?? 1;
}

/** A stored zoom, or 1 when none or nonsense is stored. */
export function readZoom(stored: string | null): number {
  const value = Number(stored);
  return Number.isFinite(value) && value >= ZOOM_STEPS[0] && value <= 2 ? value : 1;
}
