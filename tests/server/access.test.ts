import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INSTANCE_KEY_FILE } from '../../server/auth';
import { sha256Hex } from '../../src-node/secrets';
import { RESET_REASON } from '../../server/http';
import type { RunningServer } from '../../server/server';
import WebSocket from 'ws';
import { UNAUTHORIZED_REASON } from '../../server/socket';
import { tempDir } from '../support/temp';
import {
  connectClient,
  newLetterId,
  newToken,
  postJson,
  registerLetter,
  registrationBody,
  sameState,
  startTestServer,
  waitAcked,
  waitSynced,
  waitUntil,
  type TestClient,
} from './helpers';

const clients: TestClient[] = [];
const servers: RunningServer[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(input: Parameters<typeof startTestServer>[0] = {}): Promise<RunningServer> {
  const server = await startTestServer(input);
  servers.push(server);
  return server;
}

function client(server: RunningServer, letterId: string, token: string | null): TestClient {
  const connected = connectClient(server.url, letterId, token);
  clients.push(connected);
  return connected;
}

describe('collaboration server: registering letters', () => {
  it('registers a letter with the instance key, and refuses without it or with a wrong one', async () => {
    const server = await serve();
    const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
    const body = registrationBody(newLetterId(), tokens);
    expect((await postJson(`${server.url}/letters`, body)).status).toBe(401);
    expect((await postJson(`${server.url}/letters`, body, `${server.instanceKey}x`)).status).toBe(401);
    expect(await postJson(`${server.url}/letters`, body, server.instanceKey)).toEqual({
      status: 201,
      body: { letterId: body.letterId },
    });
    expect((await postJson(`${server.url}/letters`, body, server.instanceKey)).status).toBe(409);
  });

  it('refuses a malformed registration with 400 and says why', async () => {
    const server = await serve();
    const good = registrationBody(newLetterId(), { owner: 'a', editor: 'b', viewer: 'c' });
    for (const bad of [
      { ...good, letterId: 'no spaces allowed' },
      { ...good, editorTokenSha256: 'abc' },
      { ...good, viewerTokenSha256: good.editorTokenSha256 },
      { letterId: good.letterId },
      'not an object',
    ]) {
      const response = await postJson(`${server.url}/letters`, bad, server.instanceKey);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: expect.any(String) });
    }
    const notJson = await fetch(`${server.url}/letters`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.instanceKey}` },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('keeps a generated instance key in a file only its user can read, and prefers the one it is given', async () => {
    const dataDir = tempDir('undersigned-server-');
    const generated = await serve({ dataDir });
    expect(statSync(join(dataDir, INSTANCE_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(generated.instanceKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await generated.close();
    const given = await serve({ dataDir, instanceKey: 'a-key-chosen-by-the-admin' });
    expect(given.instanceKey).toBe('a-key-chosen-by-the-admin');
    await expect(serve({ instanceKey: 'short' })).rejects.toThrow(/at least 16 characters/);
  });
});

describe('collaboration server: capability links', () => {
  it('closes a socket with 4401 and a reason when its token is missing, wrong, or for another letter', async () => {
    const server = await serve();
    const a = await registerLetter(server);
    const b = await registerLetter(server);
    for (const [letterId, token] of [
      [a.letterId, null],
      [a.letterId, newToken()],
      [b.letterId, a.tokens.editor],
      [b.letterId, a.tokens.owner],
      [newLetterId(), a.tokens.owner],
      ['bad id!', a.tokens.owner],
    ] as const) {
      const refused = client(server, letterId, token);
      expect(await refused.closed()).toEqual({ code: 4401, reason: UNAUTHORIZED_REASON });
      expect(refused.provider.shouldConnect).toBe(false);
    }
    const allowed = client(server, b.letterId, b.tokens.viewer);
    await waitSynced(allowed);
  });

  it('drops a viewer’s changes: never stored, never passed on', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const editor = client(server, letterId, tokens.editor);
    const viewer = client(server, letterId, tokens.viewer);
    await Promise.all([waitSynced(editor), waitSynced(viewer)]);
    viewer.doc.getText('body').insert(0, 'viewer was here');
    editor.doc.getText('body').insert(0, 'editor text');
    await waitAcked(editor);
    await waitUntil('the viewer to see the editor’s text', () =>
      viewer.doc.getText('body').toString().includes('editor text'),
    );
    expect(editor.doc.getText('body').toString()).toBe('editor text');
    expect(viewer.acked()).toBeNull();
    const fresh = client(server, letterId, tokens.owner);
    await waitSynced(fresh);
    expect(fresh.doc.getText('body').toString()).toBe('editor text');
    expect(sameState(fresh.doc, editor.doc)).toBe(true);
  });

  it('resets links for the owner only: old editor and viewer sockets close at once, old tokens stop working', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const owner = client(server, letterId, tokens.owner);
    const editor = client(server, letterId, tokens.editor);
    const viewer = client(server, letterId, tokens.viewer);
    await Promise.all([owner, editor, viewer].map((each) => waitSynced(each)));
    const next = { editor: newToken(), viewer: newToken() };
    const body = { editorTokenSha256: sha256Hex(next.editor), viewerTokenSha256: sha256Hex(next.viewer) };
    const url = `${server.url}/letters/${letterId}/tokens`;
    expect((await postJson(url, body, tokens.editor)).status).toBe(401);
    expect((await postJson(url, body)).status).toBe(401);
    expect((await postJson(`${server.url}/letters/${newLetterId()}/tokens`, body, tokens.owner)).status).toBe(
      401,
    );
    expect((await postJson(url, { editorTokenSha256: 'x' }, tokens.owner)).status).toBe(400);
    expect(await postJson(url, body, tokens.owner)).toEqual({ status: 200, body: { letterId } });

    expect(await editor.closed()).toEqual({ code: 4401, reason: RESET_REASON });
    expect(await viewer.closed()).toEqual({ code: 4401, reason: RESET_REASON });
    owner.doc.getText('body').insert(0, 'still here');
    await waitAcked(owner);
    expect(await client(server, letterId, tokens.editor).closed()).toMatchObject({ code: 4401 });
    const renewed = client(server, letterId, next.editor);
    await waitSynced(renewed);
    expect(renewed.doc.getText('body').toString()).toBe('still here');
  });

  it('answers 404 for unknown paths and 405 for a wrong method', async () => {
    const server = await serve();
    expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${server.url}/letters`)).status).toBe(405);
    expect((await fetch(`${server.url}/health`, { method: 'POST' })).status).toBe(405);
  });
});

describe('collaboration server: the token in the protocol header', () => {
  it('takes the token from Sec-WebSocket-Protocol, answers with the fixed protocol, and still takes ?token=', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const base = `${server.url.replace(/^http/, 'ws')}/letters/${letterId}`;
    const inHeader = new WebSocket(base, ['undersigned', `undersigned.token.${tokens.editor}`]);
    inHeader.on('error', () => undefined);
    const first = await new Promise<Buffer>((resolve) =>
      inHeader.once('message', (data: Buffer) => resolve(data)),
    );
    expect(first[0]).toBe(0);
    expect(inHeader.protocol).toBe('undersigned');
    inHeader.terminate();
    const wrong = new WebSocket(base, ['undersigned', `undersigned.token.${tokens.editor}x`]);
    wrong.on('error', () => undefined);
    const closed = await new Promise<number>((resolve) =>
      wrong.once('close', (code: number) => resolve(code)),
    );
    expect(closed).toBe(4401);

    const alice = connectClient(server.url, letterId, tokens.editor, undefined, { inHeader: true });
    const bob = client(server, letterId, tokens.viewer);
    clients.push(alice);
    await Promise.all([waitSynced(alice), waitSynced(bob)]);
    alice.doc.getText('body').insert(0, 'sent with the token in the header');
    await waitAcked(alice);
    await waitUntil('bob to receive it', () => sameState(alice.doc, bob.doc));
  });
});
