import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../src-common/api/errors';
import { backupIfDue, backupsDirFor, listBackups, makeBackup, type BackupInfo } from './backups';
import { openDatabase, StoreOpenError, type OpenDatabaseOptions } from './database';

/** An open store and, when opening it needed a repair, what the person must be told. */
export interface OpenedStore {
  db: Database;
  notice: string | null;
}

/**
 * Opens the store for the app. A damaged file is moved aside (never deleted) and the newest backup that opens
 * cleanly takes its place; with no usable backup the app starts empty. Either way the person is told what happened
 * and where the damaged file is. Then the daily backup is made if it is due.
 */
export function openStore(file: string, options: Pick<OpenDatabaseOptions, 'nativeBinding'>): OpenedStore {
  const backupsDir = backupsDirFor(file);
  const opened = openOrRecover(file, { ...options, backupsDir });
  backupIfDue(opened.db, backupsDir, new Date());
  return opened;
}

function openOrRecover(file: string, options: OpenDatabaseOptions): OpenedStore {
  try {
    return { db: openDatabase(file, options), notice: null };
  } catch (error) {
    if (!(error instanceof StoreOpenError) || !error.damaged) {
      throw error;
    }
    return recover(file, options);
  }
}

function recover(file: string, options: OpenDatabaseOptions): OpenedStore {
  const aside = moveAside(file);
  for (const backup of listBackups(options.backupsDir ?? '')) {
    const db = tryBackup(file, backup, options);
    if (db) {
      const when = new Date(backup.createdAt).toUTCString();
      return {
        db,
        notice: `Undersigned’s data file was damaged. Your letters were restored from the backup made on ${when}; changes made after it may be missing. The damaged file was kept as ${aside}.`,
      };
    }
  }
  return {
    db: openDatabase(file, options),
    notice: `Undersigned’s data file was damaged and no backup could be used, so Undersigned started with no letters. The damaged file was kept as ${aside}.`,
  };
}

function tryBackup(file: string, backup: BackupInfo, options: OpenDatabaseOptions): Database | null {
  copyFileSync(backup.path, file);
  try {
    return openDatabase(file, options);
  } catch {
    // Only the copy is removed; the backup itself stays as it was.
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(file + suffix, { force: true });
    }
    return null;
  }
}

function moveAside(file: string): string {
  const aside = `${file}.damaged-${Date.now()}`;
  renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) {
      renameSync(file + suffix, aside + suffix);
    }
  }
  return aside;
}

/** The database after a restore, and why the restore did not happen, if it did not. */
export interface RestoreOutcome {
  db: Database;
  failure: ApiFailure | null;
}

/**
 * Replaces the store with one of its backups: first backs up the current state (so the restore itself can be
 * undone), then swaps the file and reopens it. The old handle is always closed and `db` is the one to use from now
 * on. A backup that cannot be opened changes nothing.
 */
export function restoreBackup(
  db: Database,
  name: string,
  options: Pick<OpenDatabaseOptions, 'nativeBinding'>,
): RestoreOutcome {
  const file = db.name;
  const backupsDir = backupsDirFor(file);
  const chosen = listBackups(backupsDir).find((backup) => backup.name === name);
  if (!chosen) {
    return { db, failure: new ApiFailure('not-found', 'That backup no longer exists.') };
  }
  const safety = makeBackup(db, backupsDir, 'before-restore', new Date());
  db.close();
  replaceFile(chosen.path, file);
  try {
    return { db: openDatabase(file, { ...options, backupsDir }), failure: null };
  } catch {
    replaceFile(safety.path, file);
    const reopened = openDatabase(file, { ...options, backupsDir });
    return {
      db: reopened,
      failure: new ApiFailure('invalid-request', 'That backup could not be read, so nothing was changed.'),
    };
  }
}

function replaceFile(source: string, file: string): void {
  for (const suffix of ['-wal', '-shm']) {
    rmSync(file + suffix, { force: true });
  }
  copyFileSync(source, file);
}
