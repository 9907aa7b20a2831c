import type { AppInfo } from '../../src-common/api/contract';
import {
  createHandlerTable,
  type HandlerTable,
  type Handlers,
  type InternalErrorReporter,
} from '../../src-common/api/handler-table';
import { ApiFailure } from '../../src-common/api/errors';
import { NO_UPDATE, type RestartOutcome, type UpdateStatus } from '../../src-common/api/update-schemas';
import { decodeBinary } from '../../src-common/letter/encoding';
import { inlineImportRunner, type ImportRunner } from '../import/import-runner';
import { UnreadableWordFile, wordFileText } from '../import/word-text';
import type { PdfPrinter } from '../export/export-letter';
import { exportHandlers, type ExportSaver } from '../export/export-handlers';
import { printPdfWithChromium } from '../export/pdf';
import type { Store } from '../store/store';
import { collabHandlers } from '../collab/collab-handlers';
import { CollabKeeper } from '../collab/collab-keeper';
import { ownerOnlyFileBox } from '../collab/secret-box';
import { directoryHandlers } from './directory-handlers';

/** The app's updater as the window sees it: only the desktop app has one (src-main/update/). */
export interface UpdateSource {
  status(): UpdateStatus;
  restart(): Promise<RestartOutcome>;
}

/** Browser mode and the tests: never an update to restart into. */
const NO_UPDATES: UpdateSource = {
  status: () => NO_UPDATE,
  restart: () => Promise.resolve('nothing-ready'),
};

/** What the handlers need from the process that hosts them. */
export interface BackendContext {
  store: Store;
  info: Omit<AppInfo, 'notice'>;
  /** Prints PDFs; Chromium outside the desktop app, Electron's own printer inside it. */
  printPdf?: PdfPrinter;
  /** Asks where to save an export (the desktop app's own dialog); absent in browser mode, which downloads. */
  saveExport?: ExportSaver;
  /** The secrets of shared letters; by default an owner-only file in the data folder. */
  collab?: CollabKeeper;
  /** Where imported text is read; by default in the calling thread (the desktop app and browser mode use workers). */
  importRunner?: ImportRunner;
  /** The updater; by default none (browser mode). */
  updates?: UpdateSource;
}

/** Every channel's implementation over the local store. */
export function createHandlers({
  store,
  info,
  printPdf = printPdfWithChromium,
  saveExport,
  collab = new CollabKeeper(info.dataDir, ownerOnlyFileBox),
  importRunner = inlineImportRunner,
  updates = NO_UPDATES,
}: BackendContext): Handlers {
  return {
    ...collabHandlers(collab, store),
    'app:info': async () => ({ ...info, notice: store.notice }),
    'app:updateStatus': async () => updates.status(),
    'app:restartToUpdate': async () => ({ outcome: await updates.restart() }),
    'settings:get': () => store.call('getSettings', {}),
    'settings:update': (patch) => store.call('updateSettings', patch),
    'backups:list': () => store.call('listBackups', {}),
    'backups:restore': async ({ name }) => {
      await store.restoreBackup(name);
      return { restored: true as const };
    },
    'letters:list': (request) => store.call('listLetters', request),
    'letters:create': (request) => store.call('createLetter', request),
    'letters:open': (request) => store.call('openLetter', request),
    'letters:save': (request) => store.call('saveLetter', request),
    'letters:rename': (request) => store.call('renameLetter', request),
    'letters:duplicate': (request) => store.call('duplicateLetter', request),
    'letters:trash': (request) => store.call('trashLetter', request),
    'letters:restore': (request) => store.call('restoreLetter', request),
    'letters:exportFile': (request) => store.call('exportLetterFile', request),
    'letters:importFile': (request) => store.call('importLetterFile', request),
    'versions:save': (request) => store.call('saveVersion', request),
    'versions:list': (request) => store.call('listVersions', request),
    'versions:open': (request) => store.call('openVersion', request),
    'citations:search': (request) => store.call('searchCitations', request),
    'citations:save': (request) => store.call('saveCitation', request),
    'citations:secureUrls': () => store.call('secureCitationUrls', {}),
    'import:preview': (request) => importRunner.preview(request),
    'import:create': async (request) => {
      // The record of each clean-up names who accepted it, as co-editors see this person.
      const { displayName } = await store.call('getSettings', {});
      const built = await importRunner.build({ ...request, by: displayName });
      return {
        letter: await store.call('createFromImportState', { state: built.state }),
        report: built.report,
      };
    },
    'import:readWord': async ({ fileName, base64 }) => {
      try {
        return { text: await wordFileText(fileName, decodeBinary(base64)) };
      } catch (error) {
        throw error instanceof UnreadableWordFile ? new ApiFailure('invalid-request', error.message) : error;
      }
    },
    ...exportHandlers(store, printPdf, saveExport),
    ...directoryHandlers(store),
  };
}

/** The validated handler table every transport serves. */
export function createBackend(
  context: BackendContext,
  reportInternal: InternalErrorReporter = logInternal,
): HandlerTable {
  return createHandlerTable(createHandlers(context), reportInternal);
}

function logInternal(channel: string, error: unknown): void {
  console.error(`[undersigned] ${channel} failed:`, error);
}
