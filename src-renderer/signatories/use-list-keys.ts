import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SignatoryRow } from '../../src-common/signatories/grouping';
import type { Selection } from './use-selection';

/** The entry that arrow keys move from, and the handler that moves it. */
export interface ListKeys {
  /** Index (in the rows) of the entry keyboard focus is on, or the first entry; -1 when there is none. */
  activeRow: number;
  setActive(index: number): void;
  handleKeyDown(event: KeyboardEvent): void;
}

/**
 * Arrow keys, Home and End move between entries, skipping headings (with Shift they check the entries passed);
 * Ctrl+A checks all shown and Escape clears. Focus follows once the target row has been drawn.
 */
export function useListKeys(
  rows: readonly SignatoryRow[],
  selection: Selection,
  scroller: RefObject<HTMLDivElement | null>,
  scrollToRow: (index: number) => void,
): ListKeys {
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeRow = rows[active]?.kind === 'entry' ? active : firstEntry(rows, 0, 1);

  useEffect(() => {
    if (!focusPending.current) {
      return;
    }
    focusPending.current = false;
    scroller.current?.querySelector<HTMLInputElement>(`[data-row="${activeRow}"] input`)?.focus();
  });

  const handleKeyDown = (event: KeyboardEvent) => {
    // A status menu keeps its own keys.
    if (event.target instanceof HTMLSelectElement) {
      return;
    }
    if (event.key === 'Escape') {
      selection.clear();
      return;
    }
    if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      selection.selectAll();
      return;
    }
    const target = moveFor(event.key, rows, activeRow);
    if (target === null) {
      return;
    }
    event.preventDefault();
    const from = rows[activeRow];
    const to = rows[target];
    if (event.shiftKey && from?.kind === 'entry' && to?.kind === 'entry') {
      selection.extendTo(to.signatory.id, from.signatory.id);
    }
    if (target >= 0) {
      focusPending.current = true;
      setActive(target);
      scrollToRow(target);
    }
  };
  return { activeRow, setActive, handleKeyDown };
}

// The entry a key moves to (-1 when there is none that way), or null for a key that does not move.
function moveFor(key: string, rows: readonly SignatoryRow[], activeRow: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return firstEntry(rows, activeRow + 1, 1);
    case 'ArrowUp':
      return firstEntry(rows, activeRow - 1, -1);
    case 'Home':
      return firstEntry(rows, 0, 1);
    case 'End':
      return firstEntry(rows, rows.length - 1, -1);
    default:
      return null;
  }
}

/** The first entry row from `from` in the direction `step`, or -1 when there is none. */
export function firstEntry(rows: readonly SignatoryRow[], from: number, step: 1 | -1): number {
  for (let index = from; index >= 0 && index < rows.length; index += step) {
    if (rows[index]?.kind === 'entry') {
      return index;
    }
  }
  return -1;
}
