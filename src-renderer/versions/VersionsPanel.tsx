import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { VersionSummary } from '../../src-common/api/versions-schemas';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { relativeTime } from '../home/relative-time';
import { useNow } from '../home/use-now';
import { messageOf } from '../api/message-of';
import { TextPromptDialog } from '../ui/TextPromptDialog';
import { CompareDialog } from './CompareDialog';
import { ViewVersionDialog } from './ViewVersionDialog';
import { VERSIONS_CHANGED } from './use-automatic-versions';
import { ErrorLine } from '../ui/ErrorLine';
import { useApi } from '../api/api-context';
import './versions.css';

interface VersionsPanelProps {
  letterId: string;
  doc: Y.Doc;
  queue: SaveQueue;
  editor: Editor | null;
}

/**
 * Versions of the letter: those named by people, and apart from them those the app saved (after a pause in the
 * editing, before a restore or a merge); compare or restore any of them.
 */
export function VersionsPanel({ letterId, doc, queue, editor }: VersionsPanelProps) {
  const api = useApi();
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [naming, setNaming] = useState(false);
  const [comparing, setComparing] = useState<VersionSummary | null>(null);
  const [viewing, setViewing] = useState<VersionSummary | null>(null);
  const now = useNow();

  const reload = useCallback(() => {
    api
      .call('versions:list', { letterId })
      .then(setVersions, (failure: unknown) => setError(messageOf(failure)));
  }, [api, letterId]);

  useEffect(reload, [reload]);
  useEffect(() => {
    window.addEventListener(VERSIONS_CHANGED, reload);
    return () => window.removeEventListener(VERSIONS_CHANGED, reload);
  }, [reload]);
  const named = versions.filter((version) => version.kind === 'named');
  const automatic = versions.filter((version) => version.kind === 'automatic');
  const rows = (list: VersionSummary[]) =>
    list.map((version) => (
      <VersionRow
        key={version.id}
        version={version}
        now={now}
        onView={() => setViewing(version)}
        onCompare={() => setComparing(version)}
      />
    ));

  return (
    <div className="versions">
      <button type="button" className="button" onClick={() => setNaming(true)}>
        Save version…
      </button>
      <ErrorLine message={error} />
      {named.length === 0 ? (
        <p className="muted">
          No named versions yet. Name one when you send the letter to partners, so you can see what changed
          since.
        </p>
      ) : (
        <ul className="version-list" aria-label="Named versions">
          {rows(named)}
        </ul>
      )}
      {automatic.length > 0 && (
        <>
          <h3 className="version-heading">Saved automatically</h3>
          <p className="muted">
            After a pause in the editing, and before a restore or a merge: all from the last day, then one an
            hour for a week, then one a day.
          </p>
          <ul className="version-list automatic" aria-label="Automatic versions">
            {rows(automatic)}
          </ul>
        </>
      )}
      {naming && (
        <TextPromptDialog
          title="Save version"
          label="Name of this version"
          initialValue=""
          submitLabel="Save version"
          maxLength={200}
          onSubmit={async (label) => {
            await queue.whenSaved();
            await api.call('versions:save', { letterId, label });
            setNaming(false);
            reload();
          }}
          onClose={() => setNaming(false)}
        />
      )}
      {viewing && <ViewVersionDialog version={viewing} onClose={() => setViewing(null)} />}
      {comparing && (
        <CompareDialog
          version={comparing}
          doc={doc}
          queue={queue}
          editor={editor}
          onClose={() => setComparing(null)}
          onRestored={reload}
        />
      )}
    </div>
  );
}

interface VersionRowProps {
  version: VersionSummary;
  now: number;
  onView(): void;
  onCompare(): void;
}

function VersionRow({ version, now, onView, onCompare }: VersionRowProps) {
  return (
    <li className={`version-row ${version.kind}`}>
      <span className="version-label">{version.label}</span>
      <span className="muted">
        {relativeTime(version.createdAt, now)}
        {version.createdBy ? ` · ${version.createdBy}` : ''}
      </span>
      <span className="version-actions">
        <button
          type="button"
          className="button small"
          onClick={onView}
          aria-label={`View “${version.label}”`}
        >
          View
        </button>
        <button
          type="button"
          className="button small"
          onClick={onCompare}
          aria-label={`Compare “${version.label}” with now`}
        >
          Compare
        </button>
      </span>
    </li>
  );
}
