import type { ExportFormat } from '../../src-common/api/export-schemas';
import { ApiFailure } from '../../src-common/api/errors';
import type { Handlers } from '../../src-common/api/handler-table';
import { decodeBinary } from '../../src-common/letter/encoding';
import type { Store } from '../store/store';
import { exportLetter, type PdfPrinter } from './export-letter';
import { ExportJobs } from './export-jobs';
import { ExportCancelled } from './pdf';

type ExportChannel = Extract<keyof Handlers, `export:${string}`>;

/** Asks where to save an export and writes it there; null when the person cancels. */
export type ExportSaver = (file: {
  fileName: string;
  format: ExportFormat;
  base64: string;
}) => Promise<string | null>;

/** Exporting: render a letter (cancellably), and in the desktop app save it where the person chooses. */
export function exportHandlers(
  store: Store,
  printPdf: PdfPrinter,
  saveExport: ExportSaver | undefined,
): Pick<Handlers, ExportChannel> {
  const jobs = new ExportJobs();
  return {
    'export:letter': async ({ id, choices, jobId }) => {
      const signal = jobs.start(jobId);
      try {
        const opened = await store.call('openLetter', { id });
        return await exportLetter(decodeBinary(opened.state), choices, printPdf, signal);
      } catch (error) {
        throw error instanceof ExportCancelled ? new ApiFailure('conflict', error.message) : error;
      } finally {
        jobs.finish(jobId);
      }
    },
    'export:cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'export:saveFile': async (file) => {
      if (!saveExport) {
        throw new ApiFailure('unavailable', 'Saving with a file dialog is only possible in the desktop app.');
      }
      return { path: await saveExport(file) };
    },
  };
}
