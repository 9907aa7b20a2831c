import type { Api } from '../../src-common/api/client';
import type { ExportChoices, ExportFormat } from '../../src-common/api/export-schemas';
import { decodeBinary } from '../../src-common/letter/encoding';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { downloadBytes } from '../ui/download';

/** What the dialog shows while an export runs. */
export type ExportStage = 'preparing' | 'rendering' | 'saving';

/** The stage's words, named after the work the format needs. */
export function stageText(stage: ExportStage, format: ExportFormat): string {
  if (stage === 'preparing') {
    return 'Preparing…';
  }
  if (stage === 'saving') {
    return 'Saving…';
  }
  return format === 'pdf'
    ? 'Printing PDF…'
    : format === 'docx'
      ? 'Making the Word file…'
      : 'Writing the file…';
}

/** How an export ended: saved (with what the person should read), or not saved. */
export type ExportOutcome = { saved: true; message: string } | { saved: false; message: string };

interface ExportJob {
  api: Api;
  letterId: string;
  queue: SaveQueue;
  choices: ExportChoices;
  jobId: string;
  /** The desktop app asks where to save; browser mode downloads. */
  desktop: boolean;
  onStage(stage: ExportStage): void;
  isCancelled(): boolean;
}

/**
 * Saves pending edits, has the backend render the file (asynchronously: the editor never waits on it), then saves it
 * with the system's dialog in the desktop app or as a download in browser mode.
 */
export async function runExport(job: ExportJob): Promise<ExportOutcome> {
  job.onStage('preparing');
  await job.queue.whenSaved();
  job.onStage('rendering');
  const file = await job.api.call('export:letter', {
    id: job.letterId,
    choices: job.choices,
    jobId: job.jobId,
  });
  if (job.isCancelled()) {
    return { saved: false, message: 'Export cancelled.' };
  }
  job.onStage('saving');
  if (!job.desktop) {
    downloadBytes(file.fileName, decodeBinary(file.base64), file.mimeType);
    return { saved: true, message: `Saved ${file.fileName}.` };
  }
  const { path } = await job.api.call('export:saveFile', {
    fileName: file.fileName,
    format: job.choices.format,
    base64: file.base64,
  });
  return path === null
    ? { saved: false, message: 'Not saved: no place was chosen.' }
    : { saved: true, message: `Saved to ${path}.` };
}
