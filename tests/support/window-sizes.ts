import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** A window's inner size, as Playwright takes it for a page's viewport. */
export interface WindowSize {
  readonly width: number;
  readonly height: number;
}

/** A small laptop's window: the one tests that do not compare sizes run in, as it is the first to crowd. */
export const SMALL_WINDOW: WindowSize = { width: 1280, height: 800 };

/** A common desktop monitor's window. */
export const LARGE_WINDOW: WindowSize = { width: 1920, height: 1080 };

/** The two windows the first-day defects were found in; a layout that holds at both seldom breaks in between. */
export const WINDOW_SIZES: readonly WindowSize[] = [SMALL_WINDOW, LARGE_WINDOW];

/** How a test names a window size, in its title and in its screenshots' names. */
export function sizeLabel(size: WindowSize): string {
  return `${size.width}×${size.height}`;
}

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'e2e');

/**
 * Where a screenshot of what a test shows at a window size goes: the test output, kept out of the repository, one
 * file per size so the two can be looked at side by side.
 */
export function screenshotPath(name: string, size: WindowSize): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`);
}
