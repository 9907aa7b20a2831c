import { useEffect, useId, useState } from 'react';
import type { Citation } from '../../src-common/api/citations-schemas';
import { messageOf } from '../api/message-of';
import { ErrorLine } from '../ui/ErrorLine';
import { useApi } from '../api/api-context';

interface CitationPickerProps {
  onPick(citation: Citation): void;
  onClose(): void;
}

/** Search-as-you-type in the citation library; choosing a source fills the note. */
export function CitationPicker({ onPick, onClose }: CitationPickerProps) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Citation[]>([]);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    let current = true;
    api.call('citations:search', { query, limit: 8 }).then(
      (found) => current && setResults(found),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, query]);

  return (
    <div className="citation-picker" role="group" aria-label="Citation library">
      <label htmlFor={id} className="visually-hidden">
        Search the citation library
      </label>
      <input
        id={id}
        type="search"
        placeholder="Search saved sources"
        value={query}
        autoFocus
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      />
      <ErrorLine message={error} />
      {results.length === 0 ? (
        <p className="muted small-text">{query ? 'No saved source matches.' : 'The library is empty.'}</p>
      ) : (
        <ul aria-label="Saved sources">
          {results.map((citation) => (
            <li key={citation.id}>
              <button type="button" className="link-button" onClick={() => onPick(citation)}>
                <strong>{citation.title || citation.url}</strong>
                <span className="muted small-text">
                  {' '}
                  {[citation.publisher, citation.date].filter(Boolean).join(', ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
