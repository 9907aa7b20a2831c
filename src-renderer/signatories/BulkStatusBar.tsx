import { useEffect, useRef } from 'react';
import type { SignatoryStatus } from '../../src-common/signatories/signatory';
import { STATUS_WORDS } from './status-words';

interface BulkStatusBarProps {
  /** Entries shown by the current filter. */
  shown: number;
  /** Of those, how many are selected. */
  selected: number;
  onSelectAll(): void;
  onClear(): void;
  onMark(status: SignatoryStatus): void;
  /** Asks for a tag to add to every selected entry. */
  onAddTag(): void;
}

// The commonest change first: replies arrive as confirmations.
const MARK_ORDER: readonly SignatoryStatus[] = ['confirmed', 'declined', 'withdrawn', 'invited'];

/** "Select all shown", and once something is selected, "Mark N as …" for every status. */
export function BulkStatusBar(props: BulkStatusBarProps) {
  const { shown, selected, onSelectAll, onClear, onMark, onAddTag } = props;
  const allBox = useRef<HTMLInputElement>(null);
  const all = shown > 0 && selected === shown;
  useEffect(() => {
    if (allBox.current) {
      allBox.current.indeterminate = selected > 0 && !all;
    }
  }, [selected, all]);
  return (
    <div className="bulk-status-bar" role="toolbar" aria-label="Selected signatories">
      <label className="checkbox">
        <input
          ref={allBox}
          type="checkbox"
          checked={all}
          disabled={shown === 0}
          onChange={() => (all ? onClear() : onSelectAll())}
        />
        Select all shown
      </label>
      {selected > 0 && (
        <>
          <span className="bulk-count">{selected.toLocaleString()} selected</span>
          <button type="button" className="link-button" onClick={onClear}>
            Clear selection
          </button>
          <button
            type="button"
            className="button small"
            aria-label={`Add a tag to ${selected.toLocaleString()} selected`}
            onClick={onAddTag}
          >
            Add tag…
          </button>
          <span className="bulk-marks">
            <span aria-hidden="true">Mark as</span>
            {MARK_ORDER.map((status) => (
              <button
                key={status}
                type="button"
                className="button small"
                aria-label={`Mark ${selected.toLocaleString()} as ${STATUS_WORDS[status].toLowerCase()}`}
                onClick={() => onMark(status)}
              >
                {STATUS_WORDS[status]}
              </button>
            ))}
          </span>
        </>
      )}
    </div>
  );
}
