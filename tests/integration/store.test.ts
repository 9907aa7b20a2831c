import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase, StoreOpenError } from '../../src-main/store/database';
import { createDirectStore, type Store } from '../../src-main/store/store';
import { createWorkerStore } from '../../src-main/store/worker-store';
import { tempDir } from '../support/temp';
import { writeFileSync } from 'node:fs';

const WORKER_SCRIPT = join(__dirname, '..', '..', 'out', 'main', 'store-worker.js');

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

async function workerStore(file: string): Promise<Store> {
  if (!existsSync(WORKER_SCRIPT)) {
    throw new Error(`${WORKER_SCRIPT} is missing: run "npx electron-vite build" first.`);
  }
  const store = await createWorkerStore({ workerScript: WORKER_SCRIPT, file, nativeBinding: undefined });
  opened.push(store);
  return store;
}

describe('settings in the local store', () => {
  it('starts from defaults and keeps a patch, leaving other fields alone', async () => {
    const store = createDirectStore(openDatabase(join(tempDir(), 's.sqlite')));
    opened.push(store);
    expect(await store.call('getSettings', {})).toEqual({ displayName: '', colour: '#2563eb' });
    await store.call('updateSettings', { displayName: 'Zumretay' });
    await store.call('updateSettings', { colour: '#0f766e' });
    expect(await store.call('getSettings', {})).toEqual({ displayName: 'Zumretay', colour: '#0f766e' });
  });

  it('remembers the window state', async () => {
    const store = createDirectStore(openDatabase(join(tempDir(), 's.sqlite')));
    opened.push(store);
    expect(await store.call('getWindowState', {})).toBeNull();
    const state = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    await store.call('saveWindowState', state);
    expect(await store.call('getWindowState', {})).toEqual(state);
  });
});

describe('the store worker', () => {
  it('answers typed requests and keeps data across a restart', async () => {
    const file = join(tempDir(), 'w.sqlite');
    const first = await workerStore(file);
    const answers = await Promise.all([
      first.call('updateSettings', { displayName: 'Tenzin' }),
      first.call('getSettings', {}),
      first.call('updateSettings', { colour: '#be123c' }),
    ]);
    expect(answers[2]).toEqual({ displayName: 'Tenzin', colour: '#be123c' });
    await first.close();
    const second = await workerStore(file);
    expect(await second.call('getSettings', {})).toEqual({ displayName: 'Tenzin', colour: '#be123c' });
  });

  it('opens a damaged file by repairing it, and says so', async () => {
    const file = join(tempDir(), 'bad.sqlite');
    writeFileSync(file, 'not a database'.repeat(500));
    const store = await workerStore(file);
    expect(store.notice).toMatch(/damaged and no backup could be used/);
    expect(await store.call('getSettings', {})).toEqual({ displayName: '', colour: '#2563eb' });
  });

  it('rejects a file from a newer version with the plain reason, leaving it alone', async () => {
    const file = join(tempDir(), 'newer.sqlite');
    const newer = new Database(file);
    newer.pragma('user_version = 999');
    newer.close();
    await expect(workerStore(file)).rejects.toBeInstanceOf(StoreOpenError);
    await expect(workerStore(file)).rejects.toThrow(/newer version of Undersigned/);
  });

  it('refuses calls after it is closed instead of hanging', async () => {
    const store = await workerStore(join(tempDir(), 'c.sqlite'));
    await store.close();
    await expect(store.call('getSettings', {})).rejects.toThrow(/closed/);
  });
});
