import { useId, useState, type FormEvent } from 'react';
import type { Api } from '../../src-common/api/client';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { messageOf } from '../profile/use-settings';
import { ContactsFields } from './ContactsFields';
import { EMPTY_DRAFT, draftOf, inputOf, type EntryDraft } from './entry-draft';
import { EntryPicker } from './EntryPicker';
import { MergeSection } from './MergeSection';

interface EntryEditorProps {
  api: Api;
  /** The entry to edit, or null for a new one. */
  entry: DirectoryEntry | null;
  onSaved(entry: DirectoryEntry): void;
  onDeleted(): void;
}

const STATUS_WORDS = { invited: 'invited', confirmed: 'signed', declined: 'declined', withdrawn: 'withdrew' };

/** The form of one organization: names, chapter, country, website, tags, contacts, letters signed, merge, delete. */
export function EntryEditor({ api, entry, onSaved, onDeleted }: EntryEditorProps) {
  const [draft, setDraft] = useState<EntryDraft>(entry ? draftOf(entry) : EMPTY_DRAFT);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const change = (patch: Partial<EntryDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(messageOf(failure));
    }
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
  const field = (key: 'name' | 'country' | 'website', label: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        dir="auto"
        value={draft[key]}
        required={key === 'name'}
        onChange={(event) => change({ [key]: event.target.value })}
      />
    </>
  );

  return (
    <>
      <form
        className="directory-editor"
        aria-label={entry ? `Edit ${entry.name}` : 'New organization'}
        onSubmit={save}
      >
        {field('name', 'Name')}
        <label htmlFor={`${id}-aliases`}>Other names: spellings, translations (one per line)</label>
        <textarea
          id={`${id}-aliases`}
          rows={3}
          dir="auto"
          value={draft.aliases}
          onChange={(event) => change({ aliases: event.target.value })}
        />
        {draft.parentName ? (
          <p>
            Chapter of <strong dir="auto">{draft.parentName}</strong>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => change({ parentId: null, parentName: null })}
            >
              Not a chapter
            </button>
          </p>
        ) : (
          <EntryPicker
            api={api}
            label="Chapter of (optional)"
            excludeId={entry?.id ?? null}
            onPick={(parent) => change({ parentId: parent.id, parentName: parent.name })}
          />
        )}
        {field('country', 'Country or city')}
        {field('website', 'Website')}
        <label htmlFor={`${id}-tags`}>Tags (separated by commas)</label>
        <input
          id={`${id}-tags`}
          dir="auto"
          value={draft.tags}
          onChange={(event) => change({ tags: event.target.value })}
        />
        <ContactsFields contacts={draft.contacts} onChange={(contacts) => change({ contacts })} />
        {entry && entry.lettersSigned.length > 0 && (
          <ul aria-label="Letters" className="directory-letters small-text">
            {entry.lettersSigned.map((letter) => (
              <li key={letter.letterId} dir="auto">
                {STATUS_WORDS[letter.status]}: {letter.title || 'Untitled letter'}
              </li>
            ))}
          </ul>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {entry && (
            <button type="button" className="button" onClick={remove}>
              Delete
            </button>
          )}
          <button type="submit" className="button primary" disabled={draft.name.trim() === ''}>
            {entry ? 'Save changes' : 'Add to directory'}
          </button>
        </div>
      </form>
      {entry && <MergeSection api={api} entry={entry} onMerged={onSaved} />}
    </>
  );
}
