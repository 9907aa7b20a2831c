import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { compareNames } from '../../src-common/signatories/order';
import { addSignatories, setSignatoryStatus } from '../../src-common/signatories/signatories-doc';
import {
  displayName,
  SIGNATORY_STATUSES,
  signatorySchema,
  type SignatoryStatus,
} from '../../src-common/signatories/signatory';
import { foldForSearch } from '../../src-common/text/fold';
import { BulkAddDialog } from './BulkAddDialog';
import { useSignatories } from './use-signatories';

interface SignatoriesPanelProps {
  doc: Y.Doc;
  /** Who is making changes, recorded with each status change. */
  editorName: string;
}

const STATUS_WORDS: Record<SignatoryStatus, string> = {
  invited: 'Invited',
  confirmed: 'Confirmed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

// The count people ask for first is how many have signed.
const COUNT_ORDER: readonly SignatoryStatus[] = ['confirmed', 'invited', 'declined', 'withdrawn'];

/** Rows drawn at once; a search narrows longer lists. */
const SHOWN = 300;

/** The sign-on list: counts by status, search, add, and each organization's status, shared with co-editors. */
export function SignatoriesPanel({ doc, editorName }: SignatoriesPanelProps) {
  const signatories = useSignatories(doc);
  const [query, setQuery] = useState('');
  const [bulk, setBulk] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const counts = useMemo(() => countByStatus(signatories), [signatories]);
  const matches = useMemo(() => {
    const needle = foldForSearch(deferredQuery);
    const compare = compareNames();
    return signatories
      .filter((signatory) => needle === '' || foldForSearch(displayName(signatory)).includes(needle))
      .sort((a, b) => compare(a.name, b.name) || compare(a.country, b.country));
  }, [signatories, deferredQuery]);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="signatories">
      <p className="signatory-counts" role="status">
        {COUNT_ORDER.map((status) => `${counts[status]} ${STATUS_WORDS[status].toLowerCase()}`).join(' · ')}
      </p>
      <AddSignatory doc={doc} editorName={editorName} />
      <button type="button" className="button small" onClick={() => setBulk(true)}>
        Paste a list…
      </button>
      {bulk && <BulkAddDialog doc={doc} editorName={editorName} onClose={() => setBulk(false)} />}
      <label htmlFor={searchId} className="visually-hidden">
        Search signatories
      </label>
      <input
        id={searchId}
        type="search"
        className="panel-search"
        placeholder="Search signatories"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="signatory-list" aria-label="Signatories">
        {matches.slice(0, SHOWN).map((signatory) => (
          <li key={signatory.id} className="signatory-row">
            <span dir="auto">{displayName(signatory)}</span>
            <select
              aria-label={`Status of ${displayName(signatory)}`}
              value={signatory.status}
              onChange={(event) =>
                setSignatoryStatus(doc, [signatory.id], toStatus(event.target.value), today, editorName)
              }
            >
              {SIGNATORY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_WORDS[status]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && (
        <p className="muted small-text">
          Showing {SHOWN} of {matches.length}; search to find the others.
        </p>
      )}
    </div>
  );
}

function AddSignatory({ doc, editorName }: SignatoriesPanelProps) {
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const id = useId();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const entry = signatorySchema.safeParse({
      id: crypto.randomUUID(),
      name,
      country,
      status: 'confirmed',
      addedBy: editorName,
    });
    if (!entry.success) {
      return;
    }
    addSignatories(doc, [{ ...entry.data, confirmedOn: new Date().toISOString().slice(0, 10) }]);
    setName('');
    setCountry('');
  };
  return (
    <form className="add-signatory" onSubmit={handleSubmit} aria-label="Add a signatory">
      <label htmlFor={`${id}-name`} className="visually-hidden">
        Organization
      </label>
      <input
        id={`${id}-name`}
        placeholder="Organization"
        value={name}
        dir="auto"
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={`${id}-country`} className="visually-hidden">
        Chapter or country
      </label>
      <input
        id={`${id}-country`}
        placeholder="Chapter or country"
        value={country}
        dir="auto"
        onChange={(event) => setCountry(event.target.value)}
      />
      <button type="submit" className="button small" disabled={name.trim() === ''}>
        Add
      </button>
    </form>
  );
}

function countByStatus(signatories: readonly { status: SignatoryStatus }[]): Record<SignatoryStatus, number> {
  const counts: Record<SignatoryStatus, number> = { invited: 0, confirmed: 0, declined: 0, withdrawn: 0 };
  signatories.forEach((signatory) => {
    counts[signatory.status] += 1;
  });
  return counts;
}

function toStatus(value: string): SignatoryStatus {
  return SIGNATORY_STATUSES.find((status) => status === value) ?? 'invited';
}
