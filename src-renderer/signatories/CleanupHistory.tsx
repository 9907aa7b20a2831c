import type { CleanupRecord } from '../../src-common/signatories/cleanup/cleanup-record';
import { formatDay } from '../ui/format-day';

/**
 * The clean-ups that made a signatory, under its status changes: what the pasted or imported lines were and what
 * they became, when and by whom, so a co-editor sees why the list differs from the text it came from.
 */
export function CleanupHistory({ records }: { records: readonly CleanupRecord[] }) {
  if (records.length === 0) {
    return null;
  }
  return (
    <>
      <dt>Clean-up</dt>
      <dd>
        <ul aria-label="Clean-up history">
          {records.map((record, index) => (
            <li key={`${record.on}-${index}`} dir="auto">
              {cleanupWords(record)} on {formatDay(record.on)}
              {record.by === '' ? '' : ` by ${record.by}`}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

/** One record in words: "Merged “Amnesty Internatonal” into “Amnesty International”". */
export function cleanupWords(record: CleanupRecord): string {
  const quoted = (texts: readonly string[]) => texts.map((text) => `“${text}”`).join(', ');
  switch (record.kind) {
    case 'split':
      return `Split from the line ${quoted(record.from)} into ${quoted(record.to)}`;
    case 'joined':
      return `Made from the lines ${quoted(record.from)} as ${quoted(record.to)}`;
    case 'merged':
      return `Merged ${quoted(record.from.slice(1))} into ${quoted(record.to)}`;
    case 'dropped':
      return `Dropped ${quoted(record.from.slice(1))}, a repeat of ${quoted(record.to)}`;
  }
}
