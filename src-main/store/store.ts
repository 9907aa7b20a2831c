import type { Database } from 'better-sqlite3';
import { runOperation, type OperationArgument, type OperationName, type OperationResult } from './operations';

/** The local store as the rest of the app sees it: typed, asynchronous, wherever it runs. */
export interface Store {
  /** What opening the store had to repair, for the person to read; null when nothing happened. */
  readonly notice: string | null;
  call<K extends OperationName>(operation: K, argument: OperationArgument<K>): Promise<OperationResult<K>>;
  close(): Promise<void>;
}

/** A store that runs operations on the calling thread; for tests and tools where blocking is harmless. */
export function createDirectStore(db: Database, notice: string | null = null): Store {
  return {
    notice,
    call(operation, argument) {
      try {
        return Promise.resolve(runOperation(db, operation, argument));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
