import { useDeferredValue, useState } from 'react';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { useDirectoryEntries } from './use-directory-entries';
import { useApi } from '../api/api-context';
import './directory.css';

interface DirectoryDialogProps {
  onClose(): void;
}

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'entry'; entry: DirectoryEntry };

/**
 * "Directory": the organizations this computer knows across letters, with their other names, chapters and private
 * contacts. Search, add, edit, merge duplicates, delete.
 */
export function DirectoryDialog({ onClose }: DirectoryDialogProps) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState('');
  const entries = useDirectoryEntries(api, useDeferredValue(query), revision);
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
    <Dialog
      title="Organization directory"
      className="wide directory-dialog"
      onClose={onClose}
      actions={
        <>
          <span role="status" className="muted small-text">
            {notice}
          </span>
          <CloseButton onClose={onClose} />
        </>
      }
    >
      <p className="muted small-text">
        Kept on this computer only and reused across letters. Contacts are never written into a letter.
      </p>
      <div className="directory-layout">
        <EntryList
          entries={entries}
          query={query}
          onQuery={setQuery}
          selectedId={selectedId}
          onSelect={(entry) => select({ kind: 'entry', entry })}
          onNew={() => select({ kind: 'new' })}
        />
        {selection.kind !== 'none' && (
          <EntryEditor
            key={selection.kind === 'entry' ? `${selection.entry.id}-${selection.entry.updatedAt}` : 'new'}
            entry={selection.kind === 'entry' ? selection.entry : null}
            onSaved={(entry) => changed({ kind: 'entry', entry }, `Saved “${entry.name}”.`)}
            onDeleted={() => changed({ kind: 'none' }, 'Deleted.')}
          />
        )}
      </div>
    </Dialog>
  );
}
