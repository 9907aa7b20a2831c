import { Worker } from 'node:worker_threads';
import { ApiFailure } from '../../src-common/api/errors';
import type { OperationArgument, OperationName, OperationResult } from './operations';
import {
  READY_ID,
  type StoreControl,
  type StoreReply,
  type StoreRequest,
  type StoreWorkerData,
} from './protocol';
import { StoreOpenError } from './database';
import type { Store } from './store';

/** Where the store worker's script is and which database it opens. */
export interface WorkerStoreOptions extends StoreWorkerData {
  workerScript: string;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Starts the store in a worker thread and resolves once the database is open and migrated, so callers never
 * queue work against a store that will not open. Rejects with {@link StoreOpenError} when it cannot open.
 */
export function createWorkerStore(options: WorkerStoreOptions): Promise<Store> {
  const workerData: StoreWorkerData = { file: options.file, nativeBinding: options.nativeBinding };
  const worker = new Worker(options.workerScript, { workerData });
  const pending = new Map<number, Pending>();
  let nextId = READY_ID + 1;
  let stopped: Error | null = null;

  return new Promise<Store>((resolveReady, rejectReady) => {
    pending.set(READY_ID, {
      resolve: (notice) => {
        store.notice = typeof notice === 'string' ? notice : null;
        resolveReady(store);
      },
      reject: (error) => rejectReady(new StoreOpenError(error.message)),
    });
    worker.on('message', (reply: StoreReply) => settle(pending, reply));
    worker.on('error', (error) => failAll(pending, error));
    worker.on('exit', () => {
      stopped = stopped ?? new Error('The local store stopped unexpectedly.');
      failAll(pending, stopped);
    });

    const store: Store & { notice: string | null } = {
      notice: null,
      call<K extends OperationName>(
        operation: K,
        argument: OperationArgument<K>,
      ): Promise<OperationResult<K>> {
        if (stopped) {
          return Promise.reject(stopped);
        }
        const id = nextId++;
        const request: StoreRequest = { id, operation, argument } as StoreRequest;
        return new Promise((resolve, reject) => {
          // The worker runs the same typed operation table, and structured clone keeps these plain values intact.
          pending.set(id, { resolve: (value) => resolve(value as OperationResult<K>), reject });
          worker.postMessage(request);
        });
      },
      restoreBackup(name: string): Promise<void> {
        if (stopped) {
          return Promise.reject(stopped);
        }
        const id = nextId++;
        const control: StoreControl = { id, control: 'restoreBackup', name };
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve: () => resolve(), reject });
          worker.postMessage(control);
        });
      },
      async close() {
        if (stopped) {
          return;
        }
        stopped = new Error('The local store is closed.');
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.postMessage('close');
        await exited;
      },
    };
  });
}

function settle(pending: Map<number, Pending>, reply: StoreReply): void {
  const waiter = pending.get(reply.id);
  if (!waiter) {
    return;
  }
  pending.delete(reply.id);
  if (reply.ok) {
    waiter.resolve(reply.value);
    return;
  }
  if (reply.error.kind) {
    waiter.reject(new ApiFailure(reply.error.kind, reply.error.message));
    return;
  }
  const error = new Error(reply.error.message);
  error.name = reply.error.name;
  waiter.reject(error);
}

function failAll(pending: Map<number, Pending>, error: Error): void {
  for (const waiter of pending.values()) {
    waiter.reject(error);
  }
  pending.clear();
}
