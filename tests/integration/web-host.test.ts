import { request as httpRequest } from 'node:http';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/handlers';
import { openDatabase } from '../../src-main/store/database';
import { createDirectStore, type Store } from '../../src-main/store/store';
import { startWebHost, type WebHost } from '../../src-main/web-host/server';
import { loadOrCreateToken, TOKEN_FILE } from '../../src-main/web-host/token';
import { tempDir } from '../support/temp';

let host: WebHost;
let store: Store;
let token: string;
let base: string;

beforeAll(async () => {
  const dataDir = tempDir();
  const staticDir = join(dataDir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Undersigned</title>');
  writeFileSync(join(dataDir, 'secret.txt'), 'private');
  store = createDirectStore(openDatabase(join(dataDir, 'db.sqlite')));
  token = loadOrCreateToken(dataDir);
  const info = { name: 'Undersigned', version: '0.0.0', mode: 'browser' as const, dataDir };
  host = await startWebHost({
    port: 0,
    staticDir,
    table: createBackend({ store, info }, () => undefined),
    token,
  });
  base = `http://127.0.0.1:${host.port}`;
});

afterAll(async () => {
  await host.close();
  await store.close();
});

function call(
  path: string,
  init: { body?: string; auth?: string | null; host?: string; method?: string; length?: number } = {},
) {
  return new Promise<{
    status: number;
    body: string;
    headers: Record<string, string | string[] | undefined>;
  }>((resolve, reject) => {
    const headers: Record<string, string> = {
      Host: init.host ?? `127.0.0.1:${host.port}`,
      'Content-Type': 'application/json',
    };
    const auth = init.auth === undefined ? token : init.auth;
    if (auth !== null) {
      headers.Authorization = `Bearer ${auth}`;
    }
    if (init.length !== undefined) {
      headers['Content-Length'] = String(init.length);
    }
    const req = httpRequest(`${base}${path}`, { method: init.method ?? 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(init.body ?? '');
  });
}

describe('browser-mode host: the API over HTTP', () => {
  it('serves the shared handler table to a caller with the token', async () => {
    const saved = await call('/api/settings:update', { body: JSON.stringify({ displayName: 'Ilham' }) });
    expect(saved.status).toBe(200);
    expect(JSON.parse(saved.body)).toEqual({ ok: true, value: { displayName: 'Ilham', colour: '#2563eb' } });
  });

  it('refuses a call without the token or with a wrong one, as unauthorized', async () => {
    for (const auth of [null, 'wrong', `${token}x`]) {
      const response = await call('/api/settings:get', { body: '{}', auth });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).error.kind).toBe('unauthorized');
    }
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const response = await call('/api/settings:get', { body: '{}', host: `evil.example:${host.port}` });
    expect(response.status).toBe(421);
  });

  it('answers malformed JSON and unknown channels with typed errors', async () => {
    const malformed = await call('/api/settings:update', { body: '{"displayName":' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error).toEqual({
      kind: 'invalid-request',
      message: 'The request was not valid JSON.',
    });
    const unknown = await call('/api/letters:explode', { body: '{}' });
    expect(JSON.parse(unknown.body).error.kind).toBe('unknown-channel');
  });

  it('refuses a body over the size limit without reading it all', async () => {
    const response = await call('/api/settings:update', { body: '{}', length: 64 * 1024 * 1024 });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.message).toBe('The request is too large.');
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await call('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      expect((await call(path, { method: 'GET' })).status).toBe(404);
    }
  });
});

describe('browser-mode host: the event socket', () => {
  function open(query: string, headers: Record<string, string> = {}) {
    return new WebSocket(`ws://127.0.0.1:${host.port}/events${query}`, {
      headers: { Origin: base, ...headers },
    });
  }

  it('greets a page with the token', async () => {
    const socket = open(`?token=${token}`);
    const message = await new Promise<string>((resolve) =>
      socket.once('message', (data: Buffer) => resolve(data.toString())),
    );
    expect(JSON.parse(message)).toMatchObject({ type: 'hello' });
    socket.close();
  });

  it('closes a socket with a wrong token with code 4401', async () => {
    const socket = open('?token=nope');
    const code = await new Promise<number>((resolve) =>
      socket.once('close', (closeCode: number) => resolve(closeCode)),
    );
    expect(code).toBe(4401);
  });

  it('survives hostile bytes and keeps serving', async () => {
    const socket = open(`?token=${token}`);
    await new Promise((resolve) => socket.once('message', resolve));
    socket.send(Buffer.from([0xff, 0x00, 0xfe, 0x13, 0x37]));
    socket.send('{"type":"hello"'.repeat(1000));
    const closed = new Promise<number>((resolve) =>
      socket.once('close', (closeCode: number) => resolve(closeCode)),
    );
    socket.send(Buffer.alloc(128 * 1024, 1));
    expect(await closed).toBe(1009);
    expect((await call('/health', { method: 'GET' })).status).toBe(200);
  });
});

describe('the browser-mode token', () => {
  it('is kept in a file only this user can read, and reused', () => {
    const dir = tempDir();
    const first = loadOrCreateToken(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(dir, TOKEN_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateToken(dir)).toBe(first);
  });

  it('replaces a token file that holds something else', () => {
    const dir = tempDir();
    writeFileSync(join(dir, TOKEN_FILE), 'short');
    expect(loadOrCreateToken(dir)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
