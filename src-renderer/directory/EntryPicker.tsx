import { useDeferredValue, useId, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { DirectoryCombobox } from './DirectoryCombobox';
import { useDirectorySuggestions } from './use-directory-suggestions';

interface EntryPickerProps {
  api: Api;
  label: string;
  /** The entry being edited, which is never offered. */
  excludeId: string | null;
  onPick(entry: DirectoryEntry): void;
}

/** Finds another directory entry by typing part of its name or an alias (a parent, an entry to merge). */
export function EntryPicker({ api, label, excludeId, onPick }: EntryPickerProps) {
  const [query, setQuery] = useState('');
  const found = useDirectorySuggestions(api, useDeferredValue(query));
  const id = useId();
  return (
    <div className="entry-picker">
      <label htmlFor={id}>{label}</label>
      <DirectoryCombobox
        id={id}
        placeholder="Type a name"
        value={query}
        suggestions={found.filter((entry) => entry.id !== excludeId)}
        onChange={setQuery}
        onPick={(entry) => {
          setQuery('');
          onPick(entry);
        }}
      />
    </div>
  );
}
