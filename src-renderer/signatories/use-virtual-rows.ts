import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Rows drawn beyond each edge of the visible part, so a fast scroll does not show blanks. */
const OVERSCAN = 8;
/** Used until the scroller has been measured (and where layout is not measured at all). */
const FALLBACK_HEIGHT = 480;

/** The rows to draw for the current scroll position, and how to bring a row into view. */
export interface VirtualRows {
  scrollerRef: RefObject<HTMLDivElement | null>;
  onScroll(): void;
  /** First row drawn (inclusive) and the row after the last one drawn. */
  start: number;
  end: number;
  /** Height of every row together, for the spacer that gives the scrollbar its size. */
  totalHeight: number;
  /** Scrolls just enough for the row to be fully visible. */
  scrollToRow(index: number): void;
}

/**
 * Windowing with a fixed row height: only the visible rows (plus a margin) are in the page, so a list of thousands
 * scrolls and filters as fast as a short one.
 */
export function useVirtualRows(count: number, rowHeight: number): VirtualRows {
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_HEIGHT);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) {
      return;
    }
    const measure = () => setViewport(scroller.clientHeight || FALLBACK_HEIGHT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback(() => setScrollTop(scrollerRef.current?.scrollTop ?? 0), []);

  const scrollToRow = useCallback(
    (index: number) => {
      const scroller = scrollerRef.current;
      if (!scroller) {
        return;
      }
      const top = index * rowHeight;
      if (top < scroller.scrollTop) {
        scroller.scrollTop = top;
      } else if (top + rowHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = top + rowHeight - scroller.clientHeight;
      }
      setScrollTop(scroller.scrollTop);
    },
    [rowHeight],
  );

  // A shorter list (after a filter) may end above the old scroll position; draw from where the list now is.
  const top = Math.min(scrollTop, Math.max(0, count * rowHeight - viewport));
  const start = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((top + viewport) / rowHeight) + OVERSCAN);
  return { scrollerRef, onScroll, start, end, totalHeight: count * rowHeight, scrollToRow };
}
