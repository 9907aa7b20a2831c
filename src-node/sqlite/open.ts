import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { createOwnerOnlyFile, restrictToOwner } from '../owner-only';

/**
 * The settings every connection to our databases runs with. WAL with `synchronous=FULL`: a commit is on disk
 * before it returns, which is what lets the app say "Saved on this computer" and the server acknowledge a change.
 */
export const CONNECTION_PRAGMAS: readonly string[] = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
];

/** How to open a database file. */
export interface OpenSqliteOptions {
  /** Path of a better-sqlite3 binary built for this runtime (the desktop app runs Electron's ABI, not Node's). */
  nativeBinding?: string | undefined;
}

/** The file is not a database, or a damaged one: `quick_check` found a problem. It is left as it was. */
export class DamagedDatabaseError extends Error {
  override name = 'DamagedDatabaseError';

  constructor(readonly file: string) {
    super(`The database ${file} is damaged.`);
  }
}

/**
 * Opens (creating if needed) a SQLite file with {@link CONNECTION_PRAGMAS} and checks it. The folder is made 0700
 * and the file, with its `-wal` and `-shm`, is its owner's only (0600): letters are drafts that may endanger
 * people if leaked. Migrating is the caller's: each program has its own schema.
 */
export function openSqliteFile(file: string, options: OpenSqliteOptions = {}): Database {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    createOwnerOnlyFile(file);
    restrictToOwner([`${file}-wal`, `${file}-shm`]);
  }
  const db = new DatabaseConstructor(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    CONNECTION_PRAGMAS.forEach((pragma) => db.pragma(pragma));
    assertIntact(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

// quick_check reads every page once: a few milliseconds for a store of letters, and it catches a damaged file
// before anything is written into it.
function assertIntact(db: Database, file: string): void {
  const result: unknown = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') {
    throw new DamagedDatabaseError(file);
  }
}
