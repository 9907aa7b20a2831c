import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src-common/api/contract';
import type { HandlerTable } from '../../src-common/api/handler-table';
import { createBackend } from '../../src-main/handlers';
import { answerIpcCall, registerIpc, type IpcSender } from '../../src-main/ipc';
import { createBridge } from '../../src-main/preload-bridge';
import { openDatabase } from '../../src-main/store/database';
import { createDirectStore, type Store } from '../../src-main/store/store';
import { tempDir } from '../support/temp';

const APP_PAGE: IpcSender = { url: 'app://undersigned/index.html', isMainFrame: true };
const UNAUTHORIZED = {
  ok: false,
  error: {
    kind: 'unauthorized',
    message: 'This request did not come from an Undersigned window and was refused.',
  },
};

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

function backend(): HandlerTable & { invoke: ReturnType<typeof vi.fn> } {
  const store = createDirectStore(openDatabase(join(tempDir(), 'ipc.sqlite')));
  stores.push(store);
  const table = createBackend({
    store,
    info: { name: 'Undersigned', version: '0.1.0', mode: 'desktop', dataDir: '/data' },
  });
  return { invoke: vi.fn((channel: unknown, payload: unknown) => table.invoke(channel, payload)) };
}

describe('answering IPC calls', () => {
  it('serves the app page through the handler table', async () => {
    const table = backend();
    expect(await answerIpcCall(table, APP_PAGE, 'settings:get', {})).toEqual({
      ok: true,
      value: { displayName: '', colour: '#2563eb' },
    });
    expect(await answerIpcCall(table, APP_PAGE, 'app:info', {})).toEqual({
      ok: true,
      value: { name: 'Undersigned', version: '0.1.0', mode: 'desktop', dataDir: '/data', notice: null },
    });
  });

  it('keeps the table checks: unknown channels and invalid payloads are refused', async () => {
    const table = backend();
    expect(await answerIpcCall(table, APP_PAGE, 'fs:read', {})).toMatchObject({
      ok: false,
      error: { kind: 'unknown-channel' },
    });
    expect(await answerIpcCall(table, APP_PAGE, 'settings:update', { colour: 'red' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });
  });

  it.each<[string, IpcSender | null]>([
    ['a remote page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a frame inside the app page', { url: 'app://undersigned/index.html', isMainFrame: false }],
    ['a file page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['a vanished frame', null],
    ['the dev server when none is in use', { url: 'http://localhost:5173/', isMainFrame: true }],
  ])('refuses %s without running any handler', async (_name, sender) => {
    const table = backend();
    expect(await answerIpcCall(table, sender, 'settings:update', { displayName: 'Mallory' })).toEqual(
      UNAUTHORIZED,
    );
    expect(table.invoke).not.toHaveBeenCalled();
  });

  it('trusts the dev server while developing', async () => {
    const table = backend();
    const devPage = { url: 'http://localhost:5173/', isMainFrame: true };
    const result = await answerIpcCall(table, devPage, 'settings:get', {}, 'http://localhost:5173/');
    expect(result.ok).toBe(true);
  });
});

describe('registering IPC', () => {
  it('handles exactly the contract channels and can remove them again', () => {
    const handled: string[] = [];
    const removed: string[] = [];
    const ipcMain = {
      handle: (channel: string) => {
        handled.push(channel);
      },
      removeHandler: (channel: string) => {
        removed.push(channel);
      },
    };
    const unregister = registerIpc(ipcMain, backend(), null);
    expect(handled).toEqual([...CHANNELS]);
    expect(handled).toContain('letters:create');
    unregister();
    expect(removed).toEqual([...CHANNELS]);
  });
});

describe('the preload bridge', () => {
  it('forwards contract channels to IPC unchanged', async () => {
    const send = vi.fn(async () => ({ ok: true, value: 'sent' }));
    const bridge = createBridge(send);
    expect(await bridge.invoke('letters:list', { trash: true })).toEqual({ ok: true, value: 'sent' });
    expect(send).toHaveBeenCalledWith('letters:list', { trash: true });
  });

  it.each(['fs:read', '__proto__', 'constructor', 'toString', ''])(
    'refuses %s without touching IPC',
    async (channel) => {
      const send = vi.fn(async () => ({ ok: true, value: null }));
      expect(await createBridge(send).invoke(channel, {})).toMatchObject({
        ok: false,
        error: { kind: 'unknown-channel' },
      });
      expect(send).not.toHaveBeenCalled();
    },
  );

  it('turns a failed IPC call into an internal error result', async () => {
    const bridge = createBridge(() => Promise.reject(new Error('No handler registered')));
    expect(await bridge.invoke('settings:get', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});
