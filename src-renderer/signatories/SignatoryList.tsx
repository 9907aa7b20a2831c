import { useEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { SignatoryRow } from '../../src-common/signatories/grouping';
import {
  displayName,
  SIGNATORY_STATUSES,
  type Signatory,
  type SignatoryStatus,
} from '../../src-common/signatories/signatory';
import type { Selection } from './use-selection';
import { STATUS_WORDS } from './status-words';
import { useVirtualRows } from './use-virtual-rows';

/** Every row is this tall (CSS keeps names on one line), so a row's place is its index times this. */
export const ROW_HEIGHT = 32;

interface SignatoryListProps {
  rows: readonly SignatoryRow[];
  selection: Selection;
  onStatus(signatory: Signatory, status: SignatoryStatus): void;
}

/**
 * The shown entries under their headings, drawn a window at a time. Arrow keys, Home and End move between entries,
 * space checks one, Ctrl+A checks all shown and Escape clears the selection.
 */
export function SignatoryList({ rows, selection, onStatus }: SignatoryListProps) {
  const { scrollerRef, onScroll, start, end, totalHeight, scrollToRow } = useVirtualRows(
    rows.length,
    ROW_HEIGHT,
  );
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeRow = rows[active]?.kind === 'entry' ? active : firstEntry(rows, 0, 1);

  useEffect(() => {
    if (!focusPending.current) {
      return;
    }
    focusPending.current = false;
    scrollerRef.current?.querySelector<HTMLInputElement>(`[data-row="${activeRow}"] input`)?.focus();
  });

  const moveTo = (index: number) => {
    if (index < 0) {
      return;
    }
    focusPending.current = true;
    setActive(index);
    scrollToRow(index);
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => firstEntry(rows, activeRow + 1, 1),
      ArrowUp: () => firstEntry(rows, activeRow - 1, -1),
      Home: () => firstEntry(rows, 0, 1),
      End: () => firstEntry(rows, rows.length - 1, -1),
    };
    const move = moves[event.key];
    if (move && !(event.target instanceof HTMLSelectElement)) {
      event.preventDefault();
      moveTo(move());
    } else if (event.key === 'Escape') {
      selection.clear();
    } else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      selection.selectAll();
    }
  };

  // The active row is reached with Tab; when it is scrolled out of the page, the first drawn entry stands in for it.
  const tabRow = activeRow >= start && activeRow < end ? activeRow : firstEntry(rows, start, 1);
  return (
    <div className="signatory-scroller" ref={scrollerRef} onScroll={onScroll}>
      <div
        className="signatory-list"
        role="list"
        aria-label="Signatories"
        style={{ height: totalHeight }}
        onKeyDown={handleKeyDown}
      >
        {rows.slice(start, end).map((row, offset) => {
          const index = start + offset;
          const common: RowProps = {
            role: 'listitem',
            'data-row': index,
            'aria-setsize': rows.length,
            'aria-posinset': index + 1,
            style: { top: index * ROW_HEIGHT, height: ROW_HEIGHT },
          };
          if (row.kind === 'heading') {
            return (
              <div key={row.key} {...common} className="signatory-heading">
                <span role="heading" aria-level={3} dir="auto">
                  {row.heading}
                </span>
                <span className="muted">{row.count.toLocaleString()}</span>
              </div>
            );
          }
          return (
            <EntryRow
              key={row.key}
              rowProps={common}
              signatory={row.signatory}
              checked={selection.isSelected(row.signatory.id)}
              focusable={index === tabRow}
              onFocus={() => setActive(index)}
              onToggle={(range) => selection.toggle(row.signatory.id, range)}
              onStatus={(status) => onStatus(row.signatory, status)}
            />
          );
        })}
      </div>
    </div>
  );
}

type RowProps = HTMLAttributes<HTMLDivElement> & { 'data-row': number };

interface EntryRowProps {
  rowProps: RowProps;
  signatory: Signatory;
  checked: boolean;
  focusable: boolean;
  /** Focus reached the row (by Tab or a click): arrow keys move on from here. */
  onFocus(): void;
  onToggle(range: boolean): void;
  onStatus(status: SignatoryStatus): void;
}

function EntryRow({ rowProps, signatory, checked, focusable, onFocus, onToggle, onStatus }: EntryRowProps) {
  const name = displayName(signatory);
  return (
    <div {...rowProps} className={checked ? 'signatory-row selected' : 'signatory-row'} onFocus={onFocus}>
      <input
        type="checkbox"
        aria-label={`Select ${name}`}
        checked={checked}
        tabIndex={focusable ? 0 : -1}
        onChange={(event) => onToggle(event.nativeEvent instanceof MouseEvent && event.nativeEvent.shiftKey)}
      />
      <span className="signatory-name" dir="auto" title={name}>
        {name}
      </span>
      <select
        aria-label={`Status of ${name}`}
        value={signatory.status}
        tabIndex={focusable ? 0 : -1}
        onChange={(event) =>
          onStatus(SIGNATORY_STATUSES.find((status) => status === event.target.value) ?? signatory.status)
        }
      >
        {SIGNATORY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_WORDS[status]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The first entry row from `from` in the direction `step`, or -1 when there is none. */
function firstEntry(rows: readonly SignatoryRow[], from: number, step: 1 | -1): number {
  for (let index = from; index >= 0 && index < rows.length; index += step) {
    if (rows[index]?.kind === 'entry') {
      return index;
    }
  }
  return -1;
}
