import { parentPort, workerData } from 'node:worker_threads';
import { ApiFailure } from '../../src-common/api/errors';
import { buildImportText, previewImportText, type ImportRequest } from './import-work';
import { errorText } from '../../src-common/error-text';

/** One import job: a preview (the report only) or a build (the letter's state and the report). */
export interface ImportJob {
  kind: 'preview' | 'build';
  request: ImportRequest;
}

/** The answer to a job: its value, or a failure the person can read. */
export type ImportJobReply =
  { ok: true; value: unknown } | { ok: false; kind: ApiFailure['kind']; message: string };

// Each job runs in a worker of its own, started for it and ended after it: its memory is given back whole, and a
// costly text can be stopped without touching the store, which keeps saving letters meanwhile.
function run(job: ImportJob): ImportJobReply {
  try {
    const value = job.kind === 'preview' ? previewImportText(job.request) : buildImportText(job.request);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ApiFailure) {
      return { ok: false, kind: error.kind, message: error.message };
    }
    return { ok: false, kind: 'internal', message: errorText(error) };
  }
}

const job: ImportJob = workerData;
parentPort?.postMessage(run(job));
