import { useDeferredValue, useId, useState } from 'react';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { DirectoryCombobox } from './DirectoryCombobox';
import { useDirectorySuggestions } from './use-directory-suggestions';
import { useApi } from '../api/api-context';

interface EntryPickerProps {
  label: string;
  /** The entry being edited, which is never offered. */
  excludeId: string | null;
  onPick(entry: DirectoryEntry): void;
}

/** Finds another directory entry by typing part of its name or an alias (a parent, an entry to merge). */
export function EntryPicker({ label, excludeId, onPick }: EntryPickerProps) {
  const api = useApi();
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
