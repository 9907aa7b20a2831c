import { useCallback, useMemo, useRef, useState } from 'react';

/** Checked entries among those shown, with shift-click ranges. */
export interface Selection {
  /** Ids of shown entries that are checked, in list order. */
  selectedIds: string[];
  isSelected(id: string): boolean;
  /** Checks or unchecks one entry; with `range`, every entry from the last one clicked to this one follows it. */
  toggle(id: string, range: boolean): void;
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
  const selectAll = useCallback(() => setChecked(new Set(shownIds)), [shownIds]);
  const clear = useCallback(() => setChecked(new Set()), []);
  const isSelected = useCallback((id: string) => checked.has(id), [checked]);
  return { selectedIds, isSelected, toggle, selectAll, clear };
}
