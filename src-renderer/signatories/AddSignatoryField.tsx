import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import {
  directoryRef,
  linkToDirectory,
  signatoryFieldsFor,
} from '../../src-common/signatories/directory-link';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import {
  MAX_CHAPTER_LENGTH,
  signatoryName,
  signatorySchema,
  type Signatory,
} from '../../src-common/signatories/signatory';
import { placeText, type SignatoryPlace } from '../../src-common/signatories/signatory-place';
import { foldForSearch } from '../../src-common/text/fold';
import { DirectoryCombobox } from '../directory/DirectoryCombobox';
import { useDirectorySuggestions } from '../directory/use-directory-suggestions';
import { messageOf } from '../api/message-of';
import { INTERFACE_LANGUAGE } from '../ui/interface-language';
import { CountryPicker } from './CountryPicker';
import { useApi } from '../api/api-context';

interface AddSignatoryFieldProps {
  doc: Y.Doc;
  /** Who is adding, recorded with the entry. */
  editorName: string;
}

/**
 * "Add a signatory": the organization box suggests entries of this computer's directory as you type; a picked
 * entry fills the name and chapter and links the signatory to it. After adding a name the directory does not know
 * yet, one click puts it in the directory.
 */
export function AddSignatoryField({ doc, editorName }: AddSignatoryFieldProps) {
  const api = useApi();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [chapter, setChapter] = useState('');
  const [picked, setPicked] = useState<DirectoryEntry | null>(null);
  const [unlinked, setUnlinked] = useState<Signatory | null>(null);
  const suggestions = useDirectorySuggestions(api, useDeferredValue(name));
  const id = useId();

  const pick = (entry: DirectoryEntry) => {
    const fields = signatoryFieldsFor(entry);
    setName(fields.name);
    setCountry(fields.country);
    setChapter(fields.chapter);
    setPicked(entry);
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const known = picked ?? knownEntry(suggestions, name, { country, chapter });
    const entry = signatorySchema.safeParse({
      id: crypto.randomUUID(),
      name,
      country,
      chapter,
      tags: known?.tags ?? [],
      status: 'confirmed',
      confirmedOn: new Date().toISOString().slice(0, 10),
      addedBy: editorName,
      directoryId: known?.id,
    });
    if (!entry.success) {
      return;
    }
    addSignatories(doc, [entry.data]);
    setUnlinked(known ? null : entry.data);
    setName('');
    setCountry('');
    setChapter('');
    setPicked(null);
  };

  return (
    <>
      <form className="add-signatory" onSubmit={handleSubmit} aria-label="Add a signatory">
        <label htmlFor={`${id}-name`} className="visually-hidden">
          Organization
        </label>
        <DirectoryCombobox
          id={`${id}-name`}
          placeholder="Organization"
          value={name}
          suggestions={suggestions}
          onChange={(value) => {
            setName(value);
            // Editing the name after picking means it is no longer that entry.
            setPicked(null);
          }}
          onPick={pick}
        />
        <label htmlFor={`${id}-country`} className="visually-hidden">
          Country
        </label>
        <CountryPicker id={`${id}-country`} value={country} onChange={setCountry} />
        <label htmlFor={`${id}-chapter`} className="visually-hidden">
          Chapter
        </label>
        <input
          id={`${id}-chapter`}
          placeholder="Chapter"
          value={chapter}
          maxLength={MAX_CHAPTER_LENGTH}
          dir="auto"
          onChange={(event) => setChapter(event.target.value)}
        />
        <button type="submit" className="button small" disabled={name.trim() === ''}>
          Add
        </button>
      </form>
      {unlinked && <AddToDirectory doc={doc} signatory={unlinked} onDone={() => setUnlinked(null)} />}
    </>
  );
}

// A name typed in full (or one of its aliases) is linked as if picked, so the directory does not get it twice.
function knownEntry(
  suggestions: readonly DirectoryEntry[],
  name: string,
  place: SignatoryPlace,
): DirectoryEntry | null {
  const same = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);
  // The directory keeps a place as written ("Munich, Germany"), so it is compared as printed.
  const written = placeText(place);
  return (
    suggestions.find((entry) => {
      const fields = signatoryFieldsFor(entry);
      if (same(fields.name, name) && same(placeText(fields), written)) {
        return true;
      }
      const names = [entry.name, ...entry.aliases];
      return (
        entry.parentName === null &&
        names.some((known) => same(known, name)) &&
        (written === '' || same(entry.country, written))
      );
    }) ?? null
  );
}

interface AddToDirectoryProps {
  doc: Y.Doc;
  signatory: Signatory;
  onDone(): void;
}

function AddToDirectory({ doc, signatory, onDone }: AddToDirectoryProps) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    try {
      // Added as one of many, so a name and chapter the directory already has are linked rather than added twice.
      const [entryId] = await api.call('directory:addMany', {
        entries: [{ name: signatory.name, country: directoryRef(signatory).country, tags: signatory.tags }],
      });
      if (entryId !== undefined) {
        linkToDirectory(doc, signatory.id, entryId);
      }
      onDone();
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <p className="directory-offer small-text" role="status">
      <span dir="auto">“{signatoryName(signatory, INTERFACE_LANGUAGE)}” is not in your directory.</span>{' '}
      <button type="button" className="link-button" onClick={() => void add()}>
        Add to directory
      </button>{' '}
      <button type="button" className="link-button muted" onClick={onDone}>
        Dismiss
      </button>
      {error && <span className="error"> {error}</span>}
    </p>
  );
}
