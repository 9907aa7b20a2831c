import { useState } from 'react';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { EntryPicker } from './EntryPicker';
import { optionLabel } from './DirectoryCombobox';
import { ErrorLine } from '../ui/ErrorLine';
import { useBusyAction } from '../ui/use-busy-action';
import { useApi } from '../api/api-context';

interface MergeSectionProps {
  /** The entry that is kept. */
  entry: DirectoryEntry;
  onMerged(entry: DirectoryEntry): void;
}

/**
 * "Merge with another entry": pick the duplicate, read what will happen, confirm. The duplicate's name becomes an
 * alias of this entry; its aliases, contacts, letters and chapters move here.
 */
export function MergeSection({ entry, onMerged }: MergeSectionProps) {
  const api = useApi();
  const [other, setOther] = useState<DirectoryEntry | null>(null);
  const { busy, error, run } = useBusyAction();
  const merge = (duplicate: DirectoryEntry) =>
    run(async () => {
      const merged = await api.call('directory:merge', { keepId: entry.id, mergeId: duplicate.id });
      setOther(null);
      onMerged(merged);
    });
  return (
    <section className="directory-merge" aria-label="Merge">
      {other === null ? (
        <EntryPicker label="Merge with another entry" excludeId={entry.id} onPick={setOther} />
      ) : (
        <p>
          Merge <strong dir="auto">{optionLabel(other)}</strong> into <strong dir="auto">{entry.name}</strong>
          ? Its name becomes another name of this one; its aliases, contacts, letters and chapters move here.{' '}
          <button
            type="button"
            className="button small primary"
            disabled={busy}
            onClick={() => void merge(other)}
          >
            Merge
          </button>{' '}
          <button type="button" className="button small" onClick={() => setOther(null)}>
            Cancel
          </button>
        </p>
      )}
      <ErrorLine message={error} />
    </section>
  );
}
