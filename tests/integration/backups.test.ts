import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  backupIfDue,
  BACKUPS_KEPT,
  backupsDirFor,
  listBackups,
  makeBackup,
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
