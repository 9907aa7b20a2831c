import { useState, type FormEvent } from 'react';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { ContactsFields } from './ContactsFields';
import { EMPTY_DRAFT, draftOf, inputOf, type EntryDraft } from './entry-draft';
import { EntryFields } from './EntryFields';
import { MergeSection } from './MergeSection';
import { ErrorLine } from '../ui/ErrorLine';
import { SubmitButton } from '../ui/SubmitButton';
import { useBusyAction } from '../ui/use-busy-action';
import { useApi } from '../api/api-context';

interface EntryEditorProps {
  /** The entry to edit, or null for a new one. */
  entry: DirectoryEntry | null;
  onSaved(entry: DirectoryEntry): void;
  onDeleted(): void;
}

const STATUS_WORDS = { invited: 'invited', confirmed: 'signed', declined: 'declined', withdrawn: 'withdrew' };

/** The form of one organization: names, chapter, country, website, tags, contacts, letters signed, merge, delete. */
export function EntryEditor({ entry, onSaved, onDeleted }: EntryEditorProps) {
  const api = useApi();
  const [draft, setDraft] = useState<EntryDraft>(entry ? draftOf(entry) : EMPTY_DRAFT);
  const { busy, error, run } = useBusyAction();
  const change = (patch: Partial<EntryDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      onSaved(await api.call('directory:save', { id: entry?.id, entry: inputOf(draft) }));
    });
  };
  const remove = () =>
    void run(async () => {
      if (
        entry &&
        window.confirm(`Delete “${entry.name}” from your directory? Letters keep their signatories.`)
      ) {
        await api.call('directory:delete', { id: entry.id });
        onDeleted();
      }
    });
  return (
    <>
      <form
        className="directory-editor"
        aria-label={entry ? `Edit ${entry.name}` : 'New organization'}
        onSubmit={save}
      >
        <EntryFields entryId={entry?.id ?? null} draft={draft} onChange={change} />
        <ContactsFields contacts={draft.contacts} onChange={(contacts) => change({ contacts })} />
        {entry && <LettersSigned letters={entry.lettersSigned} />}
        <ErrorLine message={error} />
        <div className="dialog-actions">
          {entry && (
            <button type="button" className="button" onClick={remove}>
              Delete
            </button>
          )}
          <SubmitButton
            label={entry ? 'Save changes' : 'Add to directory'}
            busy={busy}
            canSubmit={draft.name.trim() !== ''}
          />
        </div>
      </form>
      {entry && <MergeSection entry={entry} onMerged={onSaved} />}
    </>
  );
}

function LettersSigned({ letters }: { letters: DirectoryEntry['lettersSigned'] }) {
  if (letters.length === 0) {
    return null;
  }
  return (
    <ul aria-label="Letters" className="directory-letters small-text">
      {letters.map((letter) => (
        <li key={letter.letterId} dir="auto">
          {STATUS_WORDS[letter.status]}: {letter.title || 'Untitled letter'}
        </li>
      ))}
    </ul>
  );
}
