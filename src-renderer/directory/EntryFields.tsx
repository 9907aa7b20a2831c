import { useId } from 'react';
import type { EntryDraft } from './entry-draft';
import { EntryPicker } from './EntryPicker';

interface EntryFieldsProps {
  /** The entry being edited (never offered as its own parent), or null for a new one. */
  entryId: string | null;
  draft: EntryDraft;
  onChange(patch: Partial<EntryDraft>): void;
}

/** The describing fields of a directory entry: name, other names, the organization it is a chapter of, and more. */
export function EntryFields({ entryId, draft, onChange }: EntryFieldsProps) {
  const id = useId();
  const field = (key: 'name' | 'country' | 'website' | 'tags', label: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        dir="auto"
        value={draft[key]}
        required={key === 'name'}
        onChange={(event) => onChange({ [key]: event.target.value })}
      />
    </>
  );
  return (
    <>
      {field('name', 'Name')}
      <label htmlFor={`${id}-aliases`}>Other names: spellings, translations (one per line)</label>
      <textarea
        id={`${id}-aliases`}
        rows={3}
        dir="auto"
        value={draft.aliases}
        onChange={(event) => onChange({ aliases: event.target.value })}
      />
      {draft.parentName ? (
        <p>
          Chapter of <strong dir="auto">{draft.parentName}</strong>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange({ parentId: null, parentName: null })}
          >
            Not a chapter
          </button>
        </p>
      ) : (
        <EntryPicker
          label="Chapter of (optional)"
          excludeId={entryId}
          onPick={(parent) => onChange({ parentId: parent.id, parentName: parent.name })}
        />
      )}
      {field('country', 'Country or city')}
      {field('website', 'Website')}
      {field('tags', 'Tags (separated by commas)')}
    </>
  );
}
