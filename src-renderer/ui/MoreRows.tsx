/**
 * Rows a dialog lists at most. A pasted list or letter can have tens of thousands of lines, problems or suggestions,
 * and as many rows make a dialog slow to open and to scroll; the rest are counted instead (see MoreRows).
 */
export const MAX_LISTED_ROWS = 300;

/** "…and 1,234 more suggestions." under a list cut at {@link MAX_LISTED_ROWS}; nothing when none are hidden. */
export function MoreRows({ hidden, what }: { hidden: number; what?: string }) {
  if (hidden <= 0) {
    return null;
  }
  return (
    <p className="muted">
      …and {hidden.toLocaleString('en')} more{what === undefined ? '' : ` ${what}`}.
    </p>
  );
}
