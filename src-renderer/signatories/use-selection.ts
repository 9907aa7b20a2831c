import { useCallback, useMemo, useRef, useState } from 'react';

/** Checked entries among those shown, with shift-click ranges. */
export interface Selection {
  /** Ids of shown entries that are checked, in list order. */
  selectedIds: string[];
  isSelected(id: string): boolean;
  /** Checks or unchecks one entry; with `range`, every entry from the last one clicked to this one follows it. */
  toggle(id: string, range: boolean): void;
  /** Shift+arrow: checks every entry from the last one clicked (or `from`, when none was) to this one. */
  extendTo(id: string, from: string): void;
  selectAll(): void;
  clear(): void;
}

/**
 * Tracks the selection by entry id, so it survives re-sorting and co-editors' changes. Entries a filter hides
 * stay out of the count and of bulk changes: a person acts only on what is in front of them.
 */
export function useSelection(shownIds: readonly string[]): Selection {
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const anchor = useRef<string | null>(null);
  const selectedIds = useMemo(() => shownIds.filter((id) => checked.has(id)), [shownIds, checked]);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      // Read now: the updater below runs later, after the anchor has moved to this entry.
      const from = anchor.current === null ? -1 : shownIds.indexOf(anchor.current);
      const to = shownIds.indexOf(id);
      setChecked((previous) => {
        const next = new Set(previous);
        const select = !previous.has(id);
        const ids =
          range && from >= 0 && to >= 0 ? shownIds.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
        ids.forEach((each) => (select ? next.add(each) : next.delete(each)));
        return next;
      });
      anchor.current = id;
    },
    [shownIds],
  );
  const extendTo = useCallback(
    (id: string, from: string) => {
      anchor.current = anchor.current !== null && shownIds.includes(anchor.current) ? anchor.current : from;
      const start = shownIds.indexOf(anchor.current);
      const end = shownIds.indexOf(id);
      if (start < 0 || end < 0) {
        return;
      }
      const range = shownIds.slice(Math.min(start, end), Math.max(start, end) + 1);
      setChecked((previous) => new Set([...previous, ...range]));
    },
    [shownIds],
  );
  const selectAll = useCallback(() => setChecked(new Set(shownIds)), [shownIds]);
  const clear = useCallback(() => setChecked(new Set()), []);
  const isSelected = useCallback((id: string) => checked.has(id), [checked]);
  return { selectedIds, isSelected, toggle, extendTo, selectAll, clear };
}
