import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { LetterEditor } from '../editor/LetterEditor';
import { MetaFields } from './MetaFields';
import { SaveCopyButton } from './SaveCopyButton';
import { SignatoriesPanel } from '../signatories/SignatoriesPanel';
import { addNote } from '../../src-common/notes/notes-doc';
import { SidePanel, type SidePanelTab } from './SidePanel';
import { TitleField } from './TitleField';
import { useLetterDoc } from './use-letter-doc';
import { useBlankDoc } from './use-blank-doc';
import { useNewLetterFocus } from './new-letter-focus';
import { usePrintLetter } from '../print/print-letter';
import { useAutomaticVersions } from '../versions/use-automatic-versions';
import { LetterStatusBar } from './LetterStatusBar';
import { useCollaboration } from '../collab/use-collaboration';
import { useSyncStatus } from '../collab/use-sync-status';
import { PresenceRow } from '../collab/PresenceRow';
import { forgetLinksAfterReload, linksAfterReload } from '../collab/links-after-reload';
import { syncWords, type SyncStatusSource } from '../collab/sealed-status';
import { useLetterComments } from '../comments/use-letter-comments';
import { useApi } from '../api/api-context';
import { onDemand } from '../ui/on-demand';
import { useIdleOnce } from '../ui/use-idle-once';
import { whenIdle } from '../ui/when-idle';
import './letter.css';

// The panels behind the side panel's other tabs and the dialogs opened from the header: none shows as a letter
// opens, so their code is fetched on first use instead of with the letter screen's.
const NotesPanel = onDemand(() => import('../notes/NotesPanel').then((module) => module.NotesPanel));
const ChecksPanel = onDemand(() => import('../checks/ChecksPanel').then((module) => module.ChecksPanel));
const VersionsPanel = onDemand(() =>
  import('../versions/VersionsPanel').then((module) => module.VersionsPanel),
);
const ExportDialog = onDemand(() => import('../export/ExportDialog').then((module) => module.ExportDialog));
const ShareDialog = onDemand(() => import('../collab/ShareDialog').then((module) => module.ShareDialog));

export interface LetterScreenProps {
  id: string;
  /** The person's name, recorded with the changes they make to the sign-on list. */
  displayName: string;
  /** The person's colour, for their caret on co-editors' screens. */
  colour: string;
  onBack(): void;
}

/** One letter: title, toolbar, the page, the side panel and the status bar. */
export function LetterScreen({ id, displayName, colour, onBack }: LetterScreenProps) {
  const api = useApi();
  const state = useLetterDoc(api, id);
  if (state.status === 'loading') {
    return <main className="letter-message">Opening the letter…</main>;
  }
  if (state.status === 'failed') {
    return (
      <main className="letter-message">
        <p role="alert">{state.message}</p>
        <button type="button" className="button" onClick={onBack}>
          Back to letters
        </button>
      </main>
    );
  }
  return (
    <LetterWorkspace
      key={id}
      displayName={displayName}
      colour={colour}
      doc={state.doc}
      queue={state.queue}
      letter={state.letter}
      onBack={onBack}
    />
  );
}

interface WorkspaceProps {
  displayName: string;
  colour: string;
  doc: Y.Doc;
  queue: SaveQueue;
  letter: LetterSummary;
  onBack(): void;
}

function LetterWorkspace({ displayName, colour, doc, queue, letter, onBack }: WorkspaceProps) {
  const api = useApi();
  const collab = useCollaboration(api, letter.id, doc, { name: displayName, colour });
  const tracker = collab.kind === 'shared' ? collab.sync : null;
  const awareness = collab.kind === 'shared' ? collab.awareness : null;
  const readOnly = collab.kind === 'shared' && collab.connection.role === 'viewer';
  const blank = useBlankDoc(doc);
  usePrintLetter(doc);
  useAutomaticVersions(api, letter.id, doc, queue);
  const presence = useMemo(
    () => (awareness ? { awareness, user: { name: displayName || 'Someone', color: colour } } : null),
    [awareness, displayName, colour],
  );
  const author = useMemo(() => ({ name: displayName, colour }), [displayName, colour]);
  // Open at once after the reload that sharing on a new server needs, to show the links it made.
  const [sharing, setSharing] = useState(() => linksAfterReload(letter.id));
  useEffect(forgetLinksAfterReload, []);
  const [editor, setEditor] = useState<Editor | null>(null);
  useNewLetterFocus(editor, letter.id);
  // Once the letter is on screen and the page idle, the other tabs' code is fetched, so a tab shows at once when
  // chosen, and a new note's text field is there to take the typing that follows it.
  useEffect(
    () =>
      whenIdle(() => {
        NotesPanel.preload();
        ChecksPanel.preload();
        VersionsPanel.preload();
      }),
    [],
  );
  // The letter comes first: the side panel's content and the status bar's count of signatories (both read the
  // whole list, and the panel draws its rows) follow once the editor is made and the page is idle.
  const editorShown = collab.kind !== 'checking' && (editor !== null || (blank && collab.kind === 'shared'));
  const detailsShown = useIdleOnce(editorShown);
  const [tab, setTab] = useState<SidePanelTab>('signatories');
  const comments = useLetterComments({
    doc,
    editor,
    awareness,
    displayName,
    colour,
    readOnly,
    onShow: setTab,
  });
  const [exporting, setExporting] = useState(false);
  const [focusNoteId, setFocusNoteId] = useState<string | null>(null);
  const openNote = useCallback((noteId: string) => {
    setTab('notes');
    setFocusNoteId(noteId);
  }, []);
  const insertNote = useCallback(
    (target: Editor) => {
      const noteId = crypto.randomUUID();
      addNote(doc, noteId);
      target.chain().focus().insertNoteReference(noteId).run();
      openNote(noteId);
    },
    [doc, openNote],
  );

  return (
    <>
      <main className="letter-screen">
        <div className="letter-header">
          <button type="button" className="button ghost" onClick={onBack}>
            ← Letters
          </button>
          <fieldset className="plain-fieldset letter-fields" disabled={readOnly}>
            <TitleField doc={doc} />
            <MetaFields doc={doc} />
          </fieldset>
          {awareness && <PresenceRow awareness={awareness} />}
          <button type="button" className="button" onClick={() => setSharing(true)}>
            Share…
          </button>
          <SaveCopyButton id={letter.id} queue={queue} />
          <button type="button" className="button primary" onClick={() => setExporting(true)}>
            Export…
          </button>
        </div>
        <div className="letter-layout">
          <section className="editor-column" aria-label="Letter">
            {readOnly && (
              <p className="read-only-note">You can read this letter; only its editors can change it.</p>
            )}
            {collab.kind === 'checking' ? null : blank && collab.kind === 'shared' ? (
              <WaitingForLetter tracker={tracker} />
            ) : (
              <LetterEditor
                doc={doc}
                onEditor={setEditor}
                onInsertNote={insertNote}
                onOpenNote={openNote}
                presence={presence}
                readOnly={readOnly}
                comments={comments.editorOptions}
                author={author}
              />
            )}
          </section>
          <SidePanel
            selected={tab}
            onSelect={setTab}
            badges={comments.badges}
            panels={
              detailsShown
                ? viewOnly(readOnly, comments.panels, {
                    signatories: <SignatoriesPanel letterId={letter.id} doc={doc} editorName={displayName} />,
                    checks: <ChecksPanel doc={doc} onOpenNote={openNote} />,
                    notes: <NotesPanel doc={doc} editor={editor} focusNoteId={focusNoteId} />,
                    versions: <VersionsPanel letterId={letter.id} doc={doc} queue={queue} editor={editor} />,
                  })
                : null
            }
          />
        </div>
      </main>
      {exporting && (
        <ExportDialog letterId={letter.id} doc={doc} queue={queue} onClose={() => setExporting(false)} />
      )}
      {sharing && <ShareDialog letterId={letter.id} queue={queue} onClose={() => setSharing(false)} />}
      <LetterStatusBar
        doc={doc}
        queue={queue}
        tracker={tracker}
        editor={editor}
        signatoriesShown={detailsShown}
      />
    </>
  );
}

/** A joined letter whose text has not come yet; follows the sync on its own, as the status bar does. */
function WaitingForLetter({ tracker }: { tracker: SyncStatusSource | null }) {
  const sync = useSyncStatus(tracker);
  return (
    <p className="letter-message" role="status">
      Waiting for the letter from the server… {sync ? syncWords(sync) : ''}
    </p>
  );
}

/**
 * A viewer's panels show everything and change nothing: their controls sit in a disabled fieldset. (The server
 * drops a viewer's changes anyway; this keeps the viewer's own copy from drifting from everyone else's.) Panels
 * that leave a viewer's controls out themselves, and keep the ones that only look, come first.
 */
function viewOnly(
  readOnly: boolean,
  ownViews: Partial<Record<SidePanelTab, ReactNode>>,
  panels: Partial<Record<SidePanelTab, ReactNode>>,
): Partial<Record<SidePanelTab, ReactNode>> {
  if (!readOnly) {
    return { ...ownViews, ...panels };
  }
  return {
    ...ownViews,
    ...Object.fromEntries(
      Object.entries(panels).map(([tab, panel]) => [
        tab,
        <fieldset key={tab} className="plain-fieldset" disabled>
          {panel}
        </fieldset>,
      ]),
    ),
  };
}
