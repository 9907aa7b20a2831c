import { useCallback, useEffect, useState } from 'react';
import { originStorage } from '../api/host-session';
import { matchesShortcut } from './shortcuts';

/** Where this computer keeps the letter text's zoom (this origin's storage, in browser mode). */
export const ZOOM_KEY = 'undersigned.letter-zoom';

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

function storedZoom(): number {
  try {
    return readZoom(originStorage()?.getItem(ZOOM_KEY) ?? null);
  } catch {
    return 1;
  }
}

/**
 * Ctrl+= / Ctrl+- / Ctrl+0 zoom the letter's text while a letter is open (the interface keeps its size, as in a word
 * processor), kept on this computer. The browser's own page zoom is left to the other screens. Returns the zoom and
 * when it last changed, for a short notice.
 */
export function useLetterZoom(active: boolean): { zoom: number; changedAt: number } {
  const [zoom, setZoom] = useState(storedZoom);
  const [changedAt, setChangedAt] = useState(0);

  useEffect(() => {
    document.documentElement.style.setProperty('--letter-zoom', String(zoom));
  }, [zoom]);

  const change = useCallback((next: (current: number) => number) => {
    setZoom((current) => {
      const value = next(current);
      try {
        originStorage()?.setItem(ZOOM_KEY, String(value));
      } catch {
        // Storage switched off: the zoom lasts until the page closes.
      }
      return value;
    });
    setChangedAt(Date.now());
  }, []);

  useEffect(() => {
    if (!active) {
      return undefined;
    }
    const handleKeyDown = (event: KeyboardEvent) => {
      const action = matchesShortcut(event, 'zoomIn')
        ? (current: number) => stepZoom(current, 1)
        : matchesShortcut(event, 'zoomOut')
          ? (current: number) => stepZoom(current, -1)
          : matchesShortcut(event, 'zoomReset')
            ? () => 1
            : null;
      if (action) {
        // The browser would zoom the whole page.
        event.preventDefault();
        change(action);
      }
    };
    window.addEventListener('keydown', handleKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', handleKeyDown, { capture: true });
  }, [active, change]);

  return { zoom, changedAt };
}
