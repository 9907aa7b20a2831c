import type { Database } from 'better-sqlite3';
import { DamagedDatabaseError, openSqliteFile, type OpenSqliteOptions } from '../../src-node/sqlite/open';
import { NewerSchemaError, readVersion } from '../../src-node/sqlite/migrations';
import { makeBackup } from './backups';
import { LATEST_VERSION, migrate } from './migrations';
import { errorText } from '../../src-common/error-text';

/** How to open the local store. */
export interface OpenDatabaseOptions extends OpenSqliteOptions {
  /** Where to put the backup made before a migration; none is made without it. */
  backupsDir?: string | undefined;
}

/** The local store could not be opened; the message is meant for the person using the app. */
export class StoreOpenError extends Error {
  constructor(
    message: string,
    /** True when the file itself is damaged (as opposed to, say, a newer schema or a missing folder). */
    readonly damaged = false,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

/**
 * Opens (creating if needed) the local SQLite store, owner-only, checks it, backs it up before a migration, and
 * migrates it. Every commit survives a power cut (see {@link openSqliteFile}), which is what "Saved on this
 * computer" promises.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  let db: Database;
  try {
    db = openSqliteFile(file, options);
  } catch (error) {
    throw explainOpenFailure(file, error);
  }
  try {
    backupBeforeMigration(db, options.backupsDir);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw explainOpenFailure(file, error);
  }
}

function backupBeforeMigration(db: Database, backupsDir: string | undefined): void {
  const version = readVersion(db);
  if (backupsDir && version > 0 && version < LATEST_VERSION) {
    makeBackup(db, backupsDir, 'before-migration', new Date());
  }
}

function explainOpenFailure(file: string, error: unknown): StoreOpenError {
  if (error instanceof NewerSchemaError) {
    return new StoreOpenError(error.message);
  }
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (error instanceof DamagedDatabaseError || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreOpenError(`The data file ${file} is damaged or is not an Undersigned data file.`, true);
  }
  const reason = errorText(error);
  return new StoreOpenError(`Undersigned could not open its data file ${file}: ${reason}`);
}
