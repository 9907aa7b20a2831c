import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { VersionSummary } from '../../src-common/api/versions-schemas';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { relativeTime } from '../home/relative-time';
import { useNow } from '../home/use-now';
import { messageOf } from '../profile/use-settings';
import { TextPromptDialog } from '../ui/TextPromptDialog';
import { CompareDialog } from './CompareDialog';
import { ViewVersionDialog } from './ViewVersionDialog';

interface VersionsPanelProps {
  api: Api;
  letterId: string;
  doc: Y.Doc;
  queue: SaveQueue;
  editor: Editor | null;
}

/** Named versions of the letter: save one, and compare or restore any of them. */
export function VersionsPanel({ api, letterId, doc, queue, editor }: VersionsPanelProps) {
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

  return (
    <div className="versions">
      <button type="button" className="button" onClick={() => setNaming(true)}>
        Save version…
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {versions.length === 0 ? (
        <p className="muted">
          No named versions yet. Name one when you send the letter to partners, so you can see what changed
          since.
        </p>
      ) : (
        <ul className="version-list" aria-label="Named versions">
          {versions.map((version) => (
            <li key={version.id} className="version-row">
              <span className="version-label">{version.label}</span>
              <span className="muted">
                {relativeTime(version.createdAt, now)}
                {version.createdBy ? ` · ${version.createdBy}` : ''}
              </span>
              <span className="version-actions">
                <button
                  type="button"
                  className="button small"
                  onClick={() => setViewing(version)}
                  aria-label={`View “${version.label}”`}
                >
                  View
                </button>
                <button
                  type="button"
                  className="button small"
                  onClick={() => setComparing(version)}
                  aria-label={`Compare “${version.label}” with now`}
                >
                  Compare
                </button>
              </span>
            </li>
          ))}
        </ul>
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
      {viewing && <ViewVersionDialog api={api} version={viewing} onClose={() => setViewing(null)} />}
      {comparing && (
        <CompareDialog
          api={api}
          version={comparing}
          doc={doc}
          editor={editor}
          onClose={() => setComparing(null)}
        />
      )}
    </div>
  );
}
