import { useId } from 'react';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { optionLabel } from './DirectoryCombobox';
import { LISTED, type EntriesState } from './use-directory-entries';
import { ErrorLine } from '../ui/ErrorLine';

interface EntryListProps {
  entries: EntriesState;
  query: string;
  onQuery(query: string): void;
  selectedId: string | null;
  onSelect(entry: DirectoryEntry): void;
  onNew(): void;
}

/** The directory's left column: search, the matching organizations, and "New organization". */
export function EntryList({ entries, query, onQuery, selectedId, onSelect, onNew }: EntryListProps) {
  const id = useId();
  return (
    <div className="directory-list-column">
      <label htmlFor={id} className="visually-hidden">
        Search the directory
      </label>
      <input
        id={id}
        type="search"
        placeholder="Search names, aliases, countries, tags"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
      />
      {entries.status === 'failed' && <ErrorLine message={entries.message} />}
      {entries.status === 'ready' && entries.list.length === 0 && (
        <p className="muted">{query ? `No organization matches “${query}”.` : 'The directory is empty.'}</p>
      )}
      <ul className="directory-list" aria-label="Organizations">
        {entries.list.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="link-button"
              aria-current={entry.id === selectedId}
              onClick={() => onSelect(entry)}
            >
              <span dir="auto">{optionLabel(entry)}</span>
            </button>
          </li>
        ))}
      </ul>
      {entries.list.length === LISTED && (
        <p className="muted small-text">Showing the first {LISTED}; search to find the others.</p>
      )}
      <button type="button" className="button small" onClick={onNew}>
        New organization
      </button>
    </div>
  );
}
