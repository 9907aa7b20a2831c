import { useId, useMemo, useState } from 'react';
import { useApi } from '../api/api-context';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import { foldForSearch } from '../../src-common/text/fold';
import type { ConnectionMonitor } from '../api/connection';
import { TextPromptDialog } from '../ui/TextPromptDialog';
import { ErrorLine } from '../ui/ErrorLine';
import { JoinDialog } from '../collab/JoinDialog';
import { openJoined } from '../collab/open-joined';
import { focusBodyWhenOpened } from '../letter/new-letter-focus';
import { FirstRunHint } from './FirstRunHint';
import { LetterRow } from './LetterRow';
import { useTrashWithUndo } from './TrashToast';
import { NewLetterDialog } from './NewLetterDialog';
import { OpenLetterFile } from './OpenLetterFile';
import { useLetters } from './use-letters';
import { useNow } from './use-now';
import { onDemand } from '../ui/on-demand';
import './home.css';

// Dialogs the home screen does not show as it appears: their code (the importer's readers above all) is fetched
// when one is first opened, so it is not evaluated on every start.
const ImportDialog = onDemand(() => import('../import/ImportDialog').then((module) => module.ImportDialog));
const DirectoryDialog = onDemand(() =>
  import('../directory/DirectoryDialog').then((module) => module.DirectoryDialog),
);
const BackupsDialog = onDemand(() => import('./BackupsDialog').then((module) => module.BackupsDialog));

interface HomeScreenProps {
  connection: ConnectionMonitor;
  onOpen(id: string): void;
  /** Whether the import dialog is open: it has a route of its own (see use-route). */
  importing: boolean;
  onImporting(open: boolean): void;
  /** The join dialog's invite link ('' for none yet) while it is open, else null: it has a route of its own too. */
  joinLink: string | null;
  onJoining(open: boolean): void;
}

type Prompt =
  | { kind: 'new' }
  | { kind: 'rename'; letter: LetterSummary }
  | { kind: 'backups' }
  | { kind: 'directory' }
  | null;

/** The letters on this computer: search, open, create, rename, duplicate, delete, and the trash. */
export function HomeScreen(props: HomeScreenProps) {
  const api = useApi();
  const { connection, onOpen, importing, onImporting, joinLink, onJoining } = props;
  const [trash, setTrash] = useState(false);
  const [query, setQuery] = useState('');
  const [prompt, setPrompt] = useState<Prompt>(null);
  const [droppedFile, setDroppedFile] = useState<File | null>(null);
  const { state, act, reload } = useLetters(api, connection, trash);
  const deletion = useTrashWithUndo(api, reload);
  const searchId = useId();
  const now = useNow();

  const shown = useMemo(() => {
    if (state.status !== 'ready') {
      return [];
    }
    const needle = foldForSearch(query);
    return state.letters.filter(
      (letter) => needle === '' || foldForSearch(displayTitle(letter.title)).includes(needle),
    );
  }, [state, query]);

  return (
    <main
      className="home"
      aria-labelledby="home-title"
      onDragOver={(event) => {
        if (!trash && event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
        }
      }}
      onDrop={(event) => {
        // A letter file dragged from the desktop or an e-mail onto the list is imported, as onto the dialog.
        const file = event.dataTransfer.files[0];
        if (!file || trash) {
          return;
        }
        event.preventDefault();
        setDroppedFile(file);
        onImporting(true);
      }}
    >
      <div className="home-header">
        <h1 id="home-title">{trash ? 'Trash' : 'Letters'}</h1>
        <div className="home-tools">
          {!trash && (
            <button type="button" className="button primary" onClick={() => setPrompt({ kind: 'new' })}>
              New letter
            </button>
          )}
          {!trash && (
            <button type="button" className="button" onClick={() => onImporting(true)}>
              Import letter…
            </button>
          )}
          {!trash && (
            <button type="button" className="button" onClick={() => onJoining(true)}>
              Join from link…
            </button>
          )}
          {!trash && <OpenLetterFile onOpened={onOpen} />}
          {!trash && (
            <button type="button" className="button" onClick={() => setPrompt({ kind: 'directory' })}>
              Directory
            </button>
          )}
          <button type="button" className="button" aria-pressed={trash} onClick={() => setTrash(!trash)}>
            {trash ? 'Back to letters' : 'Trash'}
          </button>
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
        </div>
      </div>
      {!trash && <FirstRunHint />}
      {state.status === 'loading' && <p className="muted">Loading letters…</p>}
      {state.status === 'failed' && <ErrorLine message={state.message} />}
      {state.status === 'ready' && shown.length === 0 && <EmptyState trash={trash} query={query} />}
      {shown.length > 0 && (
        <ul className="letter-list" aria-label={trash ? 'Letters in the trash' : 'Letters'}>
          {shown.map((letter) => (
            <LetterRow
              key={letter.id}
              letter={letter}
              now={now}
              onOpen={() => onOpen(letter.id)}
              onRename={() => setPrompt({ kind: 'rename', letter })}
              onDuplicate={() => void act(() => api.call('letters:duplicate', { id: letter.id }))}
              onTrash={() => deletion.trash(letter)}
              onRestore={() => void act(() => api.call('letters:restore', { id: letter.id }))}
            />
          ))}
        </ul>
      )}
      {trash && <p className="muted">Letters in the trash are deleted for good after 30 days.</p>}
      {deletion.toast}
      <p className="home-footer">
        <button type="button" className="link-button muted" onClick={() => setPrompt({ kind: 'backups' })}>
          Restore from backup…
        </button>
      </p>
      {importing && (
        <ImportDialog
          initialFile={droppedFile}
          onCreated={(id) => onOpen(id)}
          onClose={() => {
            setDroppedFile(null);
            onImporting(false);
          }}
        />
      )}
      {prompt?.kind === 'directory' && <DirectoryDialog onClose={() => setPrompt(null)} />}
      {prompt?.kind === 'backups' && (
        <BackupsDialog
          onRestored={() => {
            setPrompt(null);
            reload();
          }}
          onClose={() => setPrompt(null)}
        />
      )}
      {joinLink !== null && (
        <JoinDialog
          initialLink={joinLink}
          onJoined={(joined) => openJoined(joined, onOpen)}
          onClose={() => onJoining(false)}
        />
      )}
      {prompt?.kind === 'new' && (
        <NewLetterDialog
          onCreated={(letter) => {
            setPrompt(null);
            focusBodyWhenOpened(letter.id);
            onOpen(letter.id);
          }}
          onClose={() => setPrompt(null)}
        />
      )}
      {prompt?.kind === 'rename' && (
        <TextPromptDialog
          title="Rename letter"
          label="Title"
          initialValue={prompt.letter.title}
          submitLabel="Rename"
          maxLength={300}
          onSubmit={async (title) => {
            await act(() => api.call('letters:rename', { id: prompt.letter.id, title }));
            setPrompt(null);
          }}
          onClose={() => setPrompt(null)}
        />
      )}
    </main>
  );
}

function EmptyState({ trash, query }: { trash: boolean; query: string }) {
  const heading = query ? `No letters match “${query}”` : trash ? 'The trash is empty' : 'No letters yet';
  return (
    <section className="empty-state" aria-live="polite">
      <h2>{heading}</h2>
      {!trash && !query && (
        <p>
          Start a coalition letter: draft it with partners, collect and clean up sign-ons, and publish it as
          PDF, Word, web page and e-mail from one source.
        </p>
      )}
    </section>
  );
}
