import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { createApi, createInProcessTransport, type Api } from '../../src-common/api/client';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { createBackend } from '../../src-main/handlers';
import { databaseFile } from '../../src-main/paths';
import { openDatabase } from '../../src-main/store/database';
import { createDirectStore, type Store } from '../../src-main/store/store';

/** The app's store on a real SQLite file, reached through the same handler table and API the window uses. */
export interface AppStore {
  api: Api;
  db: Database;
  close(): Promise<void>;
}

/**
 * Opens a fresh store instance on the data folder's database, behind the app's handlers and an in-process
 * transport that copies every payload through JSON, as IPC and HTTP do; nothing of an earlier instance is cached.
 */
export function openAppStore(dataDir: string): AppStore {
  const db = openDatabase(databaseFile(dataDir));
  const store: Store = createDirectStore(db);
  const table = createBackend({
    store,
    info: { name: 'Undersigned', version: 'bench', mode: 'in-process', dataDir },
  });
  return { api: createApi(createInProcessTransport(table)), db, close: () => store.close() };
}

/** Stores `updates` in a new letter, `perSave` to a save as the editor's save queue sends them; returns its id. */
export async function storeUpdates(
  api: Api,
  updates: readonly Uint8Array[],
  perSave: number,
): Promise<string> {
  const letter = await api.call('letters:create', { title: 'A long-edited letter' });
  for (let start = 0; start < updates.length; start += perSave) {
    const batch = updates.slice(start, start + perSave).map(encodeBinary);
    await api.call('letters:save', { id: letter.id, updates: batch });
  }
  return letter.id;
}

/** Opens a letter as the window does: asks the store for it and applies the state to the page's own Y.Doc. */
export async function openInPage(api: Api, id: string): Promise<Y.Doc> {
  const { state } = await api.call('letters:open', { id });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeBinary(state));
  return doc;
}
