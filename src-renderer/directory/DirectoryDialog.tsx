import { useDeferredValue, useEffect, useId, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { messageOf } from '../profile/use-settings';
import { useModal } from '../ui/use-modal';
import { optionLabel } from './DirectoryCombobox';
import { EntryEditor } from './EntryEditor';

interface DirectoryDialogProps {
  api: Api;
  onClose(): void;
}

/** Entries listed at once; a search narrows longer directories. */
const LISTED = 200;

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'entry'; entry: DirectoryEntry };

/**
 * "Directory": the organizations this computer knows across letters, with their other names, chapters and private
 * contacts. Search, add, edit, merge duplicates, delete.
 */
export function DirectoryDialog({ api, onClose }: DirectoryDialogProps) {
  const dialogRef = useModal();
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState('');
  const entries = useEntries(api, useDeferredValue(query), revision);
  const id = useId();
  const select = (next: Selection) => {
    setSelection(next);
    setNotice('');
  };
  const changed = (next: Selection, message: string) => {
    setSelection(next);
    setNotice(message);
    setRevision((current) => current + 1);
  };
  const selectedId = selection.kind === 'entry' ? selection.entry.id : null;

  return (
    <dialog
      ref={dialogRef}
      className="dialog wide directory-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>Organization directory</h2>
      <p className="muted small-text">
        Kept on this computer only and reused across letters. Contacts are never written into a letter.
      </p>
      <div className="directory-layout">
        <div className="directory-list-column">
          <label htmlFor={`${id}-search`} className="visually-hidden">
            Search the directory
          </label>
          <input
            id={`${id}-search`}
            type="search"
            placeholder="Search names, aliases, countries, tags"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {entries.status === 'failed' && (
            <p role="alert" className="error">
              {entries.message}
            </p>
          )}
          {entries.status === 'ready' && entries.list.length === 0 && (
            <p className="muted">
              {query ? `No organization matches “${query}”.` : 'The directory is empty.'}
            </p>
          )}
          <ul className="directory-list" aria-label="Organizations">
            {entries.list.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-current={entry.id === selectedId}
                  onClick={() => select({ kind: 'entry', entry })}
                >
                  <span dir="auto">{optionLabel(entry)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button small" onClick={() => select({ kind: 'new' })}>
            New organization
          </button>
        </div>
        {selection.kind !== 'none' && (
          <EntryEditor
            key={selection.kind === 'entry' ? `${selection.entry.id}-${selection.entry.updatedAt}` : 'new'}
            api={api}
            entry={selection.kind === 'entry' ? selection.entry : null}
            onSaved={(entry) => changed({ kind: 'entry', entry }, `Saved “${entry.name}”.`)}
            onDeleted={() => changed({ kind: 'none' }, 'Deleted.')}
          />
        )}
      </div>
      <div className="dialog-actions">
        <span role="status" className="muted small-text">
          {notice}
        </span>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

type EntriesState =
  | { status: 'loading'; list: DirectoryEntry[] }
  | { status: 'ready'; list: DirectoryEntry[] }
  | { status: 'failed'; list: DirectoryEntry[]; message: string };

function useEntries(api: Api, query: string, revision: number): EntriesState {
  const [state, setState] = useState<EntriesState>({ status: 'loading', list: [] });
  useEffect(() => {
    let current = true;
    api.call('directory:search', { query, limit: LISTED }).then(
      (list) => current && setState({ status: 'ready', list }),
      (failure: unknown) => current && setState({ status: 'failed', list: [], message: messageOf(failure) }),
    );
    return () => {
      current = false;
    };
  }, [api, query, revision]);
  return state;
}
