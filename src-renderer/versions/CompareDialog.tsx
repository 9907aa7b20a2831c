import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { VersionSummary } from '../../src-common/api/versions-schemas';
import { compareBodies, type BlockChange, type WordChange } from '../../src-common/versions/compare';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { collectNoteReferences, numberNotes } from '../../src-common/notes/numbering';
import { messageOf } from '../api/message-of';
import { BlockElement, BlockView, NoteNumbers } from './BlockView';
import { restoreVersion } from './restore';
import { ReviewAsSuggestionsButton } from './ReviewAsSuggestionsButton';
import { ErrorLine } from '../ui/ErrorLine';
import { useBusyAction } from '../ui/use-busy-action';
import { useApi } from '../api/api-context';

interface CompareDialogProps {
  version: VersionSummary;
  doc: Y.Doc;
  queue: SaveQueue;
  editor: Editor | null;
  onClose(): void;
  /** After a restore, which saved the text it replaced as a version. */
  onRestored(): void;
}

/** The label of the automatic version saved just before a restore. */
export function beforeRestoreLabel(version: VersionSummary): string {
  return `Before restore of “${version.label}”`.slice(0, 200);
}

/** What changed since a version, block by block, with "Restore this version" (asked twice, and undoable). */
export function CompareDialog({ version, doc, queue, editor, onClose, onRestored }: CompareDialogProps) {
  const api = useApi();
  const [body, setBody] = useState<ProseMirrorJson | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy: restoring, error, setError, run } = useBusyAction();
  const current = useMemo(() => bodyToJson(doc.getXmlFragment(BODY_FIELD)), [doc]);
  const changes = useMemo(() => (body ? compareBodies(body, current) : []), [body, current]);
  // Notes keep today's numbers; one only the version refers to is numbered after them.
  const noteNumbers = useMemo(
    () => numberNotes([...collectNoteReferences(current), ...(body ? collectNoteReferences(body) : [])]),
    [body, current],
  );

  useEffect(() => {
    api.call('versions:open', { id: version.id }).then(
      (opened) => setBody(opened.body),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [api, version.id, setError]);

  const handleRestore = () =>
    run(async () => {
      if (!editor || !body) {
        return;
      }
      try {
        // The text as it is now stays one click away: saved first as an automatic version.
        await queue.whenSaved();
        await api.call('versions:save', {
          letterId: version.letterId,
          label: beforeRestoreLabel(version),
          kind: 'automatic',
        });
        restoreVersion(editor, bodyToJson(doc.getXmlFragment(BODY_FIELD)), body);
        onRestored();
        onClose();
        // Back in the text, so Ctrl+Z takes the restore back at once.
        editor.commands.focus();
      } catch (failure) {
        return `This version could not be restored: ${messageOf(failure)}`;
      }
    });

  const differing = changes.filter((change) => change.kind !== 'same').length;
  const choices = (
    <>
      <CloseButton onClose={onClose} />
      <ReviewAsSuggestionsButton
        version={version}
        body={body}
        current={current}
        editor={editor}
        disabled={differing === 0}
        onReviewed={onClose}
      />
      <button
        type="button"
        className="button primary"
        disabled={!body || !editor || differing === 0}
        onClick={() => setConfirming(true)}
      >
        Restore this version…
      </button>
    </>
  );
  return (
    <Dialog
      title={<>Changes since “{version.label}”</>}
      className="wide"
      onClose={onClose}
      actions={
        confirming ? (
          <RestoreQuestion
            version={version}
            restoring={restoring}
            onCancel={() => setConfirming(false)}
            onRestore={() => void handleRestore()}
          />
        ) : (
          choices
        )
      }
      actionsLabel={confirming ? 'Confirm the restore' : undefined}
    >
      <ErrorLine message={error} />
      {body && (
        <p role="status" className="muted">
          {differing === 0
            ? 'No changes since this version.'
            : `${differing} ${differing === 1 ? 'block differs' : 'blocks differ'}.`}
        </p>
      )}
      <NoteNumbers.Provider value={noteNumbers}>
        <div className="compare" aria-label="Comparison">
          {changes.map((change, index) => (
            <ChangeView key={index} change={change} />
          ))}
        </div>
      </NoteNumbers.Provider>
    </Dialog>
  );
}

interface RestoreQuestionProps {
  version: VersionSummary;
  restoring: boolean;
  onCancel(): void;
  onRestore(): void;
}

/** The second ask before a restore, which says how to take it back. */
function RestoreQuestion({ version, restoring, onCancel, onRestore }: RestoreQuestionProps) {
  return (
    <>
      <p className="restore-question">
        Replace the letter’s text with “{version.label}”? The text as it is now is saved first as the version
        “{beforeRestoreLabel(version)}”, and Ctrl+Z takes the restore back.
      </p>
      <button type="button" className="button" onClick={onCancel} disabled={restoring}>
        Cancel
      </button>
      <button type="button" className="button primary" onClick={onRestore} disabled={restoring}>
        Restore
      </button>
    </>
  );
}

function ChangeView({ change }: { change: BlockChange }) {
  switch (change.kind) {
    case 'changed':
      return (
        <BlockElement node={change.after} className="change changed" change="changed">
          {change.words.map((word, index) => (
            <WordRun key={index} word={word} />
          ))}
        </BlockElement>
      );
    case 'within':
      return (
        <BlockElement node={change.after} className="change within" change="within">
          {change.children.map((child, index) => (
            <ChangeView key={index} change={child} />
          ))}
        </BlockElement>
      );
    default:
      return (
        <BlockElement node={change.block} className={`change ${change.kind}`} change={change.kind}>
          {change.kind !== 'same' && (
            <span className="visually-hidden">{change.kind === 'added' ? 'Added:' : 'Removed:'}</span>
          )}
          {(change.block.content ?? []).map((child, index) => (
            <BlockView key={index} node={child} />
          ))}
        </BlockElement>
      );
  }
}

function WordRun({ word }: { word: WordChange }) {
  const nodes = word.nodes.map((node, index) => <BlockView key={index} node={node} />);
  if (word.kind === 'added') {
    return <ins>{nodes}</ins>;
  }
  if (word.kind === 'removed') {
    return <del>{nodes}</del>;
  }
  return <span>{nodes}</span>;
}
