import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { migrate, NewerSchemaError } from './migrations';

/** How to open the local store. */
export interface OpenDatabaseOptions {
  /** Path of a better-sqlite3 binary built for this runtime (the desktop app runs Electron's ABI, not Node's). */
  nativeBinding?: string | undefined;
}

/** The local store could not be opened; the message is meant for the person using the app. */
export class StoreOpenError extends Error {}

/**
 * Opens (creating if needed) the local SQLite store and migrates it.
 * WAL with `synchronous=FULL`: a commit survives a power cut, which is what "Saved on this computer" promises.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = openFile(file, options);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw explainOpenFailure(file, error);
  }
}

function openFile(file: string, options: OpenDatabaseOptions): Database {
  try {
    return new DatabaseConstructor(
      file,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (error) {
    throw explainOpenFailure(file, error);
  }
}

function explainOpenFailure(file: string, error: unknown): StoreOpenError {
  if (error instanceof NewerSchemaError || error instanceof StoreOpenError) {
    return new StoreOpenError(error.message);
  }
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreOpenError(
      `The data file ${file} is damaged or is not an Undersigned data file. It was left untouched.`,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreOpenError(`Undersigned could not open its data file ${file}: ${reason}`);
}
