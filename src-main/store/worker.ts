import { parentPort, workerData } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../src-common/api/errors';
import { backupsDirFor, scheduleBackups } from './backups';
import { openStore, restoreBackup } from './open-store';
import { runOperation, type OperationArgument, type OperationName } from './operations';
import { closeDatabase } from './store';
import {
  READY_ID,
  type StoreControl,
  type StoreReply,
  type StoreRequest,
  type StoreWorkerData,
} from './protocol';
import { errorText } from '../../src-common/error-text';

// The worker owns the database so that synchronous SQLite never blocks the thread that serves the window.
const port = parentPort;
const BACKUP_CHECK_MS = 60 * 1000;
const data: StoreWorkerData = workerData;

function start(): void {
  if (!port) {
    return;
  }
  const replyPort = port;
  let db: Database;
  try {
    const opened = openStore(data.file, { nativeBinding: data.nativeBinding });
    db = opened.db;
    replyPort.postMessage({ id: READY_ID, ok: true, value: opened.notice } satisfies StoreReply);
  } catch (error) {
    replyPort.postMessage(errorReply(READY_ID, error));
    return;
  }
  const backups = scheduleBackups(db, backupsDirFor(data.file));
  const backupCheck = setInterval(() => backups.tick(db, new Date()), BACKUP_CHECK_MS);
  replyPort.on('message', (request: StoreRequest | StoreControl | 'close') => {
    if (request === 'close') {
      clearInterval(backupCheck);
      backups.beforeClose(db, new Date());
      closeDatabase(db);
      replyPort.close();
      return;
    }
    if ('control' in request) {
      const outcome = restoreBackup(db, request.name, { nativeBinding: data.nativeBinding });
      db = outcome.db;
      replyPort.postMessage(
        outcome.failure ? errorReply(request.id, outcome.failure) : { id: request.id, ok: true, value: null },
      );
      return;
    }
    replyPort.postMessage(handleRequest(db, request));
  });
}

function handleRequest(db: Database, request: StoreRequest): StoreReply {
  try {
    return { id: request.id, ok: true, value: run(db, request) };
  } catch (error) {
    return errorReply(request.id, error);
  }
}

function run<K extends OperationName>(
  db: Database,
  request: { operation: K; argument: OperationArgument<K> },
): unknown {
  return runOperation(db, request.operation, request.argument);
}

function errorReply(id: number, error: unknown): StoreReply {
  const name = error instanceof Error ? error.name : 'Error';
  const message = errorText(error);
  // A failure meant for the person (not found, invalid) keeps its kind across the thread boundary.
  const kind = error instanceof ApiFailure ? error.kind : null;
  return { id, ok: false, error: { name, message, kind } };
}

start();
