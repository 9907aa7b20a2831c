import { useModal } from '../ui/use-modal';
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { VersionSummary } from '../../src-common/api/versions-schemas';
import { compareBodies, type BlockChange } from '../../src-common/letter/compare';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { messageOf } from '../profile/use-settings';
import { BlockView } from './BlockView';
import { restoreVersion } from './restore';

interface CompareDialogProps {
  api: Api;
  version: VersionSummary;
  doc: Y.Doc;
  editor: Editor | null;
  onClose(): void;
}

/** What changed since a named version, block by block, with "Restore this version". */
export function CompareDialog({ api, version, doc, editor, onClose }: CompareDialogProps) {
  const dialogRef = useModal();
  const [body, setBody] = useState<ProseMirrorJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useMemo(() => bodyToJson(doc.getXmlFragment(BODY_FIELD)), [doc]);
  const changes = useMemo(() => (body ? compareBodies(body, current) : []), [body, current]);

  useEffect(() => {
    api.call('versions:open', { id: version.id }).then(
      (opened) => setBody(opened.body),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [api, version.id]);

  const handleRestore = () => {
    if (!editor || !body) {
      return;
    }
    try {
      restoreVersion(editor, bodyToJson(doc.getXmlFragment(BODY_FIELD)), body);
      onClose();
      // Back in the text, so Ctrl+Z takes the restore back at once.
      editor.commands.focus();
    } catch (failure) {
      setError(`This version could not be restored: ${messageOf(failure)}`);
    }
  };

  const differing = changes.filter((change) => change.kind !== 'same').length;
  return (
    <dialog ref={dialogRef} className="dialog wide" aria-labelledby="compare-title" onClose={onClose}>
      <h2 id="compare-title">Changes since “{version.label}”</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {body && (
        <p role="status" className="muted">
          {differing === 0
            ? 'No changes since this version.'
            : `${differing} ${differing === 1 ? 'block differs' : 'blocks differ'}.`}
        </p>
      )}
      <div className="compare" aria-label="Comparison">
        {changes.map((change, index) => (
          <ChangeView key={index} change={change} />
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!body || !editor || differing === 0}
          onClick={handleRestore}
        >
          Restore this version
        </button>
      </div>
    </dialog>
  );
}

function ChangeView({ change }: { change: BlockChange }) {
  if (change.kind === 'changed') {
    return (
      <div className="change changed" data-change="changed">
        <p dir="auto">
          {change.words.map((word, index) =>
            word.kind === 'added' ? (
              <ins key={index}>{word.text}</ins>
            ) : word.kind === 'removed' ? (
              <del key={index}>{word.text}</del>
            ) : (
              <span key={index}>{word.text}</span>
            ),
          )}
        </p>
      </div>
    );
  }
  return (
    <div className={`change ${change.kind}`} data-change={change.kind}>
      {change.kind !== 'same' && (
        <span className="visually-hidden">{change.kind === 'added' ? 'Added:' : 'Removed:'}</span>
      )}
      <BlockView node={change.block} />
    </div>
  );
}
