import type { HTMLAttributes } from 'react';
import type { SignatoryRow } from '../../src-common/signatories/grouping';
import {
  SIGNATORY_STATUSES,
  signatoryName,
  type Signatory,
  type SignatoryStatus,
} from '../../src-common/signatories/signatory';
import { INTERFACE_LANGUAGE } from '../ui/interface-language';
import { firstEntry, useListKeys } from './use-list-keys';
import type { Selection } from './use-selection';
import { STATUS_WORDS } from './status-words';
import { useVirtualRows } from './use-virtual-rows';

/** Every row is this tall (CSS keeps names on one line), so a row's place is its index times this. */
export const ROW_HEIGHT = 32;

interface SignatoryListProps {
  rows: readonly SignatoryRow[];
  selection: Selection;
  onStatus(signatory: Signatory, status: SignatoryStatus): void;
  onEdit(signatory: Signatory): void;
}

/**
 * The shown entries under their headings, drawn a window at a time, with keyboard movement (see {@link useListKeys});
 * space checks the focused entry.
 */
export function SignatoryList({ rows, selection, onStatus, onEdit }: SignatoryListProps) {
  const { scrollerRef, onScroll, start, end, totalHeight, scrollToRow } = useVirtualRows(
    rows.length,
    ROW_HEIGHT,
  );
  const { activeRow, setActive, handleKeyDown } = useListKeys(rows, selection, scrollerRef, scrollToRow);

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
            return <HeadingRow key={row.key} rowProps={common} heading={row.heading} count={row.count} />;
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
              onEdit={() => onEdit(row.signatory)}
            />
          );
        })}
      </div>
    </div>
  );
}

type RowProps = HTMLAttributes<HTMLDivElement> & { 'data-row': number };

function HeadingRow({ rowProps, heading, count }: { rowProps: RowProps; heading: string; count: number }) {
  return (
    <div {...rowProps} className="signatory-heading">
      <span role="heading" aria-level={3} dir="auto">
        {heading}
      </span>
      <span className="muted">{count.toLocaleString()}</span>
    </div>
  );
}

interface EntryRowProps {
  rowProps: RowProps;
  signatory: Signatory;
  checked: boolean;
  focusable: boolean;
  /** Focus reached the row (by Tab or a click): arrow keys move on from here. */
  onFocus(): void;
  onToggle(range: boolean): void;
  onStatus(status: SignatoryStatus): void;
  onEdit(): void;
}

function EntryRow(props: EntryRowProps) {
  const { rowProps, signatory, checked, focusable, onFocus, onToggle, onStatus, onEdit } = props;
  const name = signatoryName(signatory, INTERFACE_LANGUAGE);
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
      <button
        type="button"
        className="link-button signatory-edit"
        aria-label={`Edit ${name}`}
        tabIndex={focusable ? 0 : -1}
        onClick={onEdit}
      >
        Edit
      </button>
    </div>
  );
}
