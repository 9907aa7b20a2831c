import { useId, useState } from 'react';

interface HomeScreenProps {
  onNewLetter(): void;
}

/** The list of letters on this computer, with search and "New letter". */
export function HomeScreen({ onNewLetter }: HomeScreenProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  return (
    <main className="home" aria-labelledby="home-title">
      <div className="home-header">
        <h1 id="home-title">Letters</h1>
        <div className="home-tools">
          <label htmlFor={searchId} className="visually-hidden">
            Search letters by title
          </label>
          <input
            id={searchId}
            type="search"
            className="search"
            placeholder="Search letters"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="button" className="button primary" onClick={onNewLetter}>
            New letter
          </button>
        </div>
      </div>
      <section className="empty-state" aria-live="polite">
        <h2>{query ? `No letters match “${query}”` : 'No letters yet'}</h2>
        <p>
          Start a coalition letter: draft it with partners, collect and clean up sign-ons, and publish it as
          PDF, Word, web page and e-mail from one source.
        </p>
      </section>
    </main>
  );
}
