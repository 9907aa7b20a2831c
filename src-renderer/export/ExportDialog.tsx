import { useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { ExportChoices } from '../../src-common/api/export-schemas';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { buildRenderModel } from '../../src-common/render/render-model';
import { OpenCommentsWarning } from '../comments/OpenCommentsWarning';
import { messageOf } from '../api/message-of';
import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';
import { ExportOptions } from './ExportOptions';
import { ExportPreview } from './ExportPreview';
import { PendingSuggestionsOption } from '../suggestions/PendingSuggestionsOption';
import { runExport, stageText, type ExportStage } from './export-job';
import { rememberChoices, rememberedChoices } from './remembered-choices';
import { useApi } from '../api/api-context';
import './export.css';

interface ExportDialogProps {
  letterId: string;
  doc: Y.Doc;
  queue: SaveQueue;
  onClose(): void;
}

type Status = { text: string; error: boolean };

/**
 * Export: one letter, every format, the same content, with a live preview; the last choices are remembered. While
 * a long export runs the person may cancel it, or close the dialog and keep writing: the file is still saved.
 */
export function ExportDialog({ letterId, doc, queue, onClose }: ExportDialogProps) {
  const api = useApi();
  const [choices, setChoices] = useState<ExportChoices>(rememberedChoices);
  const [status, setStatus] = useState<Status | null>(null);
  const [stage, setStage] = useState<ExportStage | null>(null);
  const running = useRef<{ jobId: string; cancelled: boolean } | null>(null);
  const desktop = useDesktopMode(api);
  const choose = (patch: Partial<ExportChoices>) => setChoices((current) => ({ ...current, ...patch }));
  // The sentence the export would print, from the same model, so it counts those not listed by name too.
  const countSentence = useMemo(
    () => buildRenderModel(doc, { countSentence: true }).signatories.countSentence ?? '',
    [doc],
  );

  const handleExport = async () => {
    const job = { jobId: crypto.randomUUID(), cancelled: false };
    running.current = job;
    setStatus(null);
    try {
      const outcome = await runExport({
        api,
        letterId,
        queue,
        choices,
        jobId: job.jobId,
        desktop,
        onStage: setStage,
        isCancelled: () => job.cancelled,
      });
      if (job.cancelled) {
        return;
      }
      rememberChoices(choices);
      setStatus({ text: outcome.message, error: false });
    } catch (error) {
      setStatus(
        job.cancelled ? { text: 'Export cancelled.', error: false } : { text: messageOf(error), error: true },
      );
    } finally {
      running.current = null;
      setStage(null);
    }
  };

  const handleCancel = () => {
    const job = running.current;
    if (!job) {
      return;
    }
    job.cancelled = true;
    setStatus({ text: 'Export cancelled.', error: false });
    setStage(null);
    void api.call('export:cancel', { jobId: job.jobId }).catch(() => undefined);
  };

  return (
    <Dialog
      title="Export the letter"
      className="wide export-dialog"
      onClose={onClose}
      actions={
        stage ? (
          <>
            <button type="button" className="button" onClick={onClose}>
              Keep working
            </button>
            <button type="button" className="button" onClick={handleCancel}>
              Cancel export
            </button>
          </>
        ) : (
          <>
            <CloseButton onClose={onClose} />
            <button type="button" className="button primary" onClick={() => void handleExport()}>
              Export
            </button>
          </>
        )
      }
    >
      <div className="export-layout">
        <ExportOptions choices={choices} countSentence={countSentence} choose={choose} />
        <ExportPreview doc={doc} choices={choices} />
      </div>
      <OpenCommentsWarning doc={doc} />
      <PendingSuggestionsOption doc={doc} choices={choices} choose={choose} />
      {stage && (
        <div className="export-progress" role="status">
          <progress aria-label={stageText(stage, choices.format)} />
          <span>{stageText(stage, choices.format)}</span>
        </div>
      )}
      {status && !stage && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
    </Dialog>
  );
}

/** Whether this is the desktop app, which saves through the system's dialog; until known, browser mode. */
function useDesktopMode(api: Api): boolean {
  const [desktop, setDesktop] = useState(false);
  useEffect(() => {
    let current = true;
    api.call('app:info', {}).then(
      (info) => current && setDesktop(info.mode === 'desktop'),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  return desktop;
}
