import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_GAP_MS,
  backupIfDue,
  BACKUPS_KEPT,
  backupsDirFor,
  listBackups,
  makeBackup,
  QUIET_BEFORE_BACKUP_MS,
  RECENT_BACKUPS_KEPT,
  scheduleBackups,
} from '../../src-main/store/backups';
import { openDatabase } from '../../src-main/store/database';
import * as letters from '../../src-main/store/letters/letter-operations';
import { migrate } from '../../src-main/store/migrations';
import { migration0001Settings } from '../../src-main/store/migrations/0001-settings';
import { openStore } from '../../src-main/store/open-store';
import { createDirectStore } from '../../src-main/store/store';
import { createWorkerStore } from '../../src-main/store/worker-store';
import { tempDir } from '../support/temp';

const WORKER_SCRIPT = join(__dirname, '..', '..', 'out', 'main', 'store-worker.js');

describe('backups', () => {
  it('copies the open database and keeps only the newest seven', () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const db = openDatabase(file);
    letters.createLetter(db, { title: 'Kept in every backup' });
    const dir = backupsDirFor(file);
    for (let day = 0; day < BACKUPS_KEPT + 3; day += 1) {
      makeBackup(db, dir, 'daily', new Date(Date.UTC(2026, 0, 1 + day)));
    }
    const kept = listBackups(dir);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(new Date(kept[0]?.createdAt ?? 0).toISOString()).toBe('2026-01-10T00:00:00.000Z');
    const copy = new Database(kept[0]?.path ?? '', { readonly: true });
    expect(copy.prepare('SELECT title FROM letters').all()).toEqual([{ title: 'Kept in every backup' }]);
    copy.close();
  });

  it('makes the daily backup only when the newest is a day old', () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const db = openDatabase(file);
    const dir = backupsDirFor(file);
    const start = new Date(Date.UTC(2026, 5, 1, 9));
    expect(backupIfDue(db, dir, start)).not.toBeNull();
    expect(backupIfDue(db, dir, new Date(start.getTime() + 23 * 3600_000))).toBeNull();
    expect(backupIfDue(db, dir, new Date(start.getTime() + 25 * 3600_000))).not.toBeNull();
  });

  it('keeps the days before a busy day: its newest few, and the newest of each of the last seven days', () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const db = openDatabase(file);
    const dir = backupsDirFor(file);
    for (let day = 0; day < 3; day += 1) {
      makeBackup(db, dir, 'daily', new Date(Date.UTC(2026, 0, 1 + day, 8)));
    }
    for (let hour = 9; hour < 18; hour += 1) {
      makeBackup(db, dir, 'after-changes', new Date(Date.UTC(2026, 0, 3, hour)));
    }
    const kept = listBackups(dir).map((backup) => new Date(backup.createdAt).toISOString().slice(0, 13));
    expect(kept).toEqual([
      '2026-01-03T17',
      '2026-01-03T16',
      '2026-01-03T15',
      '2026-01-02T08',
      '2026-01-01T08',
    ]);
    expect(kept.slice(0, RECENT_BACKUPS_KEPT).every((hour) => hour.startsWith('2026-01-03'))).toBe(true);
  });

  it('backs up before migrating an older file', () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const old = new Database(file);
    migrate(old, [migration0001Settings]);
    old.close();
    openDatabase(file, { backupsDir: backupsDirFor(file) }).close();
    expect(listBackups(backupsDirFor(file)).map((backup) => backup.name)).toEqual([
      expect.stringMatching(/before-migration\.sqlite$/),
    ]);
  });
});

describe('backups as the app runs', () => {
  const minutes = (start: Date, count: number) => new Date(start.getTime() + count * 60_000);

  it('backs up changes once they have been quiet a while, not the next morning', () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const opened = openStore(file, {});
    const dir = backupsDirFor(file);
    const start = new Date(listBackups(dir)[0]?.createdAt ?? 0);
    const schedule = scheduleBackups(opened.db, dir);
    expect(schedule.tick(opened.db, minutes(start, 60)), 'nothing changed').toBeNull();

    letters.createLetter(opened.db, { title: 'A morning’s work' });
    expect(schedule.tick(opened.db, minutes(start, 61)), 'still being written').toBeNull();
    const quietMinutes = QUIET_BEFORE_BACKUP_MS / 60_000;
    expect(schedule.tick(opened.db, minutes(start, 61 + quietMinutes - 1))).toBeNull();
    const made = schedule.tick(opened.db, minutes(start, 61 + quietMinutes));
    expect(made?.reason).toBe('after-changes');
    const copy = new Database(made?.path ?? '', { readonly: true });
    expect(copy.prepare('SELECT title FROM letters').all()).toEqual([{ title: 'A morning’s work' }]);
    copy.close();
    expect(schedule.tick(opened.db, minutes(start, 200)), 'nothing new since').toBeNull();
    opened.db.close();
  });

  it('waits until the newest backup is half an hour old', () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const opened = openStore(file, {});
    const dir = backupsDirFor(file);
    const start = new Date(listBackups(dir)[0]?.createdAt ?? 0);
    const schedule = scheduleBackups(opened.db, dir);
    letters.createLetter(opened.db, { title: 'Written right after start-up' });
    schedule.tick(opened.db, minutes(start, 1));
    const gapMinutes = BACKUP_GAP_MS / 60_000;
    expect(schedule.tick(opened.db, minutes(start, gapMinutes - 1))).toBeNull();
    expect(schedule.tick(opened.db, minutes(start, gapMinutes))?.reason).toBe('after-changes');
    opened.db.close();
  });

  it('backs up on quit what changed since the newest backup, and nothing when nothing did', async () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const unchanged = await createWorkerStore({
      workerScript: WORKER_SCRIPT,
      file,
      nativeBinding: undefined,
    });
    await unchanged.call('listLetters', { trash: false });
    await unchanged.close();
    expect(listBackups(backupsDirFor(file)).map((backup) => backup.reason)).toEqual(['daily']);

    const worker = await createWorkerStore({ workerScript: WORKER_SCRIPT, file, nativeBinding: undefined });
    await worker.call('createLetter', { title: 'Written just before quitting' });
    await worker.close();
    const [newest] = listBackups(backupsDirFor(file));
    expect(newest?.reason).toBe('on-quit');
    const copy = new Database(newest?.path ?? '', { readonly: true });
    expect(copy.prepare('SELECT title FROM letters').all()).toEqual([
      { title: 'Written just before quitting' },
    ]);
    copy.close();
  });
});

describe('a damaged data file at start-up', () => {
  it('is moved aside, the newest backup takes its place, and the person is told', () => {
    const dir = tempDir();
    const file = join(dir, 'undersigned.sqlite');
    const first = openStore(file, {});
    letters.createLetter(first.db, { title: 'Letter from before the crash' });
    makeBackup(first.db, backupsDirFor(file), 'daily', new Date());
    first.db.close();
    writeFileSync(file, Buffer.alloc(8192, 0x5a));

    const reopened = openStore(file, {});
    expect(reopened.notice).toMatch(/damaged\. Your letters were restored from the backup made on/);
    expect(letters.listLetters(reopened.db, { trash: false }).map((letter) => letter.title)).toEqual([
      'Letter from before the crash',
    ]);
    const aside = readdirSync(dir).filter((name) => name.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(reopened.notice).toContain(aside[0]);
  });

  it('starts empty, keeping the damaged file, when there is no backup', () => {
    const dir = tempDir();
    const file = join(dir, 'undersigned.sqlite');
    writeFileSync(file, 'garbage'.repeat(2000));
    const opened = openStore(file, {});
    expect(opened.notice).toMatch(/no backup could be used/);
    expect(letters.listLetters(opened.db, { trash: false })).toEqual([]);
    expect(readdirSync(dir).some((name) => name.includes('.damaged-'))).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});

describe('restoring a backup', () => {
  it('replaces the letters with the backup, after backing up the current state, in the worker too', async () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const worker = await createWorkerStore({ workerScript: WORKER_SCRIPT, file, nativeBinding: undefined });
    await worker.call('createLetter', { title: 'In the backup' });
    const [daily] = await worker.call('listBackups', {});
    expect(daily?.reason).toBe('daily');
    await worker.call('createLetter', { title: 'Written after the backup' });

    await worker.restoreBackup(daily?.name ?? '');
    expect((await worker.call('listLetters', { trash: false })).map((letter) => letter.title)).toEqual([]);
    const safety = (await worker.call('listBackups', {})).find(
      (backup) => backup.reason === 'before-restore',
    );
    await worker.restoreBackup(safety?.name ?? '');
    const titles = (await worker.call('listLetters', { trash: false })).map((letter) => letter.title).sort();
    expect(titles).toEqual(['In the backup', 'Written after the backup'].sort());
    await worker.close();
  });

  it('refuses a backup that does not exist or cannot be read, changing nothing', async () => {
    const file = join(tempDir(), 'undersigned.sqlite');
    const opened = openStore(file, {});
    const store = createDirectStore(opened.db);
    await store.call('createLetter', { title: 'Still here' });
    await expect(store.restoreBackup('undersigned-20000101T000000000Z-daily.sqlite')).rejects.toThrow(
      'no longer exists',
    );
    const [daily] = await store.call('listBackups', {});
    writeFileSync(join(backupsDirFor(file), daily?.name ?? ''), 'not a database'.repeat(1000));
    await expect(store.restoreBackup(daily?.name ?? '')).rejects.toThrow(
      'could not be read, so nothing was changed',
    );
    expect((await store.call('listLetters', { trash: false })).map((letter) => letter.title)).toEqual([
      'Still here',
    ]);
    await store.close();
  });
});
