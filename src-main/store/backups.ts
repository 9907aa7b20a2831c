import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { createOwnerOnlyFile } from '../../src-node/owner-only';

/** For how many days (the newest that have one) a backup is kept: the newest of each day. */
export const BACKUPS_KEPT = 7;

/** The newest backups kept whatever their day, so a day of work has more than one to go back to. */
export const RECENT_BACKUPS_KEPT = 3;

/** A backup is made when the newest is older than this. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Changes get a backup once the store has been quiet this long after them… */
export const QUIET_BEFORE_BACKUP_MS = 10 * 60 * 1000;

/** …and the newest backup is at least this old. */
export const BACKUP_GAP_MS = 30 * 60 * 1000;

/** Why a backup was made. */
export type BackupReason = 'daily' | 'before-migration' | 'before-restore' | 'after-changes' | 'on-quit';

/** One backup file. */
export interface BackupInfo {
  name: string;
  path: string;
  createdAt: number;
  bytes: number;
  reason: string;
}

const BACKUP_PATTERN = /^undersigned-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.sqlite$/;

/** The backups folder beside a database file. */
export function backupsDirFor(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}

/**
 * Writes a consistent copy of the open database with `VACUUM INTO` (safe while the app runs, unlike copying the
 * file), then keeps the newest of each of the last {@link BACKUPS_KEPT} days and the {@link RECENT_BACKUPS_KEPT}
 * newest, so a busy day's backups never push out the days before it.
 */
export function makeBackup(db: Database, dir: string, reason: BackupReason, now: Date): BackupInfo {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `undersigned-${stamp(now)}-${reason}.sqlite`;
  const path = join(dir, name);
  createOwnerOnlyFile(path);
  db.prepare('VACUUM INTO ?').run(path);
  pruneBackups(dir);
  return { name, path, createdAt: now.getTime(), bytes: statSync(path).size, reason };
}

/** The backups in a folder, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name): BackupInfo[] => {
      const match = BACKUP_PATTERN.exec(name);
      const when = match?.[1] ? parseStamp(match[1]) : null;
      const path = join(dir, name);
      return when === null
        ? []
        : [{ name, path, createdAt: when, bytes: statSync(path).size, reason: match?.[2] ?? '' }];
    })
    .sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}

/** Makes the daily backup when the newest is a day old or there is none; returns it, or null when not due. */
export function backupIfDue(db: Database, dir: string, now: Date): BackupInfo | null {
  const newest = listBackups(dir)[0];
  if (newest && now.getTime() - newest.createdAt < BACKUP_INTERVAL_MS) {
    return null;
  }
  return makeBackup(db, dir, 'daily', now);
}

/** Backups made as the app runs, beyond the daily one: after a quiet spell that follows changes, and on quit. */
export interface BackupSchedule {
  /** Called every minute or so: the daily backup when due, else one for changes that have gone quiet. */
  tick(db: Database, now: Date): BackupInfo | null;
  /** Called just before the store closes: a backup of whatever changed since the newest one. */
  beforeClose(db: Database, now: Date): BackupInfo | null;
}

/**
 * Follows the database's own count of changed rows (`total_changes()`, which only this connection moves), so
 * nothing on the saving path has to report to it. A day's work gets a backup once it has gone quiet, not the next
 * morning, and closing the app backs up what changed since.
 */
export function scheduleBackups(opened: Database, dir: string): BackupSchedule {
  let handle = opened;
  let seen = totalChanges(opened);
  let backedUp = seen;
  let changedAt = 0;

  // A new handle (a backup was restored) starts its own count: what it holds now is a backup already.
  const follow = (db: Database, now: Date): void => {
    const changes = totalChanges(db);
    if (db !== handle) {
      handle = db;
      backedUp = changes;
      seen = changes;
      return;
    }
    if (changes !== seen) {
      seen = changes;
      changedAt = now.getTime();
    }
  };
  const backUp = (db: Database, reason: BackupReason, now: Date): BackupInfo => {
    backedUp = seen;
    return makeBackup(db, dir, reason, now);
  };

  return {
    tick: (db, now) =>
      unlessFailed(() => {
        follow(db, now);
        const daily = backupIfDue(db, dir, now);
        if (daily) {
          backedUp = seen;
          return daily;
        }
        const newest = listBackups(dir)[0]?.createdAt ?? 0;
        const quiet = now.getTime() - changedAt >= QUIET_BEFORE_BACKUP_MS;
        if (seen === backedUp || !quiet || now.getTime() - newest < BACKUP_GAP_MS) {
          return null;
        }
        return backUp(db, 'after-changes', now);
      }),
    beforeClose: (db, now) =>
      unlessFailed(() => {
        follow(db, now);
        return seen === backedUp ? null : backUp(db, 'on-quit', now);
      }),
  };
}

// A backup that cannot be written (a full disk) must not stop the store that saves every edit; the next try may work.
function unlessFailed(backUp: () => BackupInfo | null): BackupInfo | null {
  try {
    return backUp();
  } catch (error) {
    console.error('[undersigned] backup failed:', error);
    return null;
  }
}

function totalChanges(db: Database): number {
  const count: unknown = db.prepare('SELECT total_changes()').pluck().get();
  return typeof count === 'number' ? count : 0;
}

function pruneBackups(dir: string): void {
  const days = new Set<string>();
  listBackups(dir).forEach((backup, index) => {
    const day = new Date(backup.createdAt).toISOString().slice(0, 10);
    const newestOfItsDay = !days.has(day) && days.size < BACKUPS_KEPT;
    days.add(day);
    if (index >= RECENT_BACKUPS_KEPT && !newestOfItsDay) {
      rmSync(backup.path, { force: true });
    }
  });
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function parseStamp(text: string): number | null {
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}.${text.slice(15, 18)}Z`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}
