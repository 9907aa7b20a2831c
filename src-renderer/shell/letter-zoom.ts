import { useCallback, useEffect, useState } from 'react';
import { originStorage } from '../api/host-session';
import { matchesShortcut } from './shortcuts';
import { readZoom, stepZoom } from './zoom-steps';

/** Where this computer keeps the letter text's zoom (this origin's storage, in browser mode). */
export const ZOOM_KEY = 'undersigned.letter-zoom';

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
