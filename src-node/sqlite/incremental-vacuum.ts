import type { Database } from 'better-sqlite3';

/** `PRAGMA auto_vacuum`'s value for incremental mode. */
export const INCREMENTAL_AUTO_VACUUM = 2;

/**
 * Puts a file in incremental auto-vacuum mode, so compacting a letter can give the pages of its folded log back
 * (`PRAGMA incremental_vacuum` after each compaction, see update-log/log-table.ts). Changing the mode of an existing
 * file takes a VACUUM, which rewrites the file and cannot run inside a transaction: a migration runs this before
 * its transaction. The VACUUM is atomic, and a file already in the mode is left alone, so it is safe to repeat.
 */
export function useIncrementalVacuum(db: Database): void {
  if (db.pragma('auto_vacuum', { simple: true }) !== INCREMENTAL_AUTO_VACUUM) {
    db.pragma('auto_vacuum = INCREMENTAL');
    db.exec('VACUUM');
  }
}
