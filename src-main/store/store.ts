import type { Database } from 'better-sqlite3';
import { compactLoadedLetters } from './letters/doc-cache';
import { restoreBackup } from './open-store';
import { runOperation, type OperationArgument, type OperationName, type OperationResult } from './operations';

/** The local store as the rest of the app sees it: typed, asynchronous, wherever it runs. */
export interface Store {
  /** What opening the store had to repair, for the person to read; null when nothing happened. */
  readonly notice: string | null;
  call<K extends OperationName>(operation: K, argument: OperationArgument<K>): Promise<OperationResult<K>>;
  /** Replaces every letter with those of a backup (after backing up the current state). */
  restoreBackup(name: string): Promise<void>;
  close(): Promise<void>;
}

/** A store that runs operations on the calling thread; for tests and tools where blocking is harmless. */
export function createDirectStore(db: Database, notice: string | null = null): Store {
  let current = db;
  return {
    notice,
    call(operation, argument) {
      try {
        return Promise.resolve(runOperation(current, operation, argument));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    restoreBackup(name) {
      const outcome = restoreBackup(current, name, {});
      current = outcome.db;
      return outcome.failure ? Promise.reject(outcome.failure) : Promise.resolve();
    },
    close() {
      closeDatabase(current);
      return Promise.resolve();
    },
  };
}

/**
 * Closes the store's database, first folding each loaded letter's log into its snapshot so the next start opens it
 * without a replay. A fold that fails leaves the log, which holds the same edits.
 */
export function closeDatabase(db: Database): void {
  try {
    compactLoadedLetters(db, Date.now());
  } catch {
    // Nothing is lost: the next open replays the log instead.
  }
  db.close();
}
