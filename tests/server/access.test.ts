import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTANCE_KEY_FILE } from '../../server/auth';
import { sha256Hex } from '../../src-node/secrets';
import { RESET_REASON } from '../../server/http';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
} from '../../src-common/collab/sealed-messages';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { createLetterKeys, viewerKeys } from '../../src-common/crypto/letter-keys';
import { UNAUTHORIZED_REASON } from '../../server/socket';
import { tempDir } from '../support/temp';
import { serverFixtures } from './fixtures';
import {
  newLetterId,
  newToken,
  openRawSocket,
  postJson,
  registrationBody,
  waitUntil,
  type Tokens,
} from './helpers';
import { receivedOf, registerSealedLetter, waitSealedSynced } from './sealed-helpers';

const HELLO = encodeSealedClientMessage({ type: 'hello', after: 0 });

const { serve, socket, client } = serverFixtures();

// The body of a registration with keys, as the app sends it.
function sealedBody(letterId: string, tokens: Tokens) {
  const keys = createLetterKeys();
  return { ...registrationBody(letterId, tokens), verifyKey: toBase64Url(keys.verifyKey), epoch: keys.epoch };
}

describe('collaboration server: registering letters', () => {
  it('registers a letter with the instance key, and refuses without it or with a wrong one', async () => {
    const server = await serve();
    const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
    const body = sealedBody(newLetterId(), tokens);
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
    const good = sealedBody(newLetterId(), { owner: 'a', editor: 'b', viewer: 'c' });
    for (const bad of [
      { ...good, letterId: 'no spaces allowed' },
      { ...good, editorTokenSha256: 'abc' },
      { ...good, viewerTokenSha256: good.editorTokenSha256 },
      registrationBody(good.letterId, { owner: 'a', editor: 'b', viewer: 'c' }),
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
    const keys = createLetterKeys();
    const a = await registerSealedLetter(server, keys);
    const b = await registerSealedLetter(server, keys);
    for (const [letterId, token] of [
      [a.letterId, ''],
      [a.letterId, newToken()],
      [b.letterId, a.tokens.editor],
      [b.letterId, a.tokens.owner],
      [newLetterId(), a.tokens.owner],
      ['bad id!', a.tokens.owner],
    ] as const) {
      const refused = await socket(server, letterId, token);
      expect(await refused.closed).toEqual({ code: 4401, reason: UNAUTHORIZED_REASON });
      expect(refused.received).toEqual([]);
    }
    const allowed = await client(server, b.letterId, b.tokens.viewer, viewerKeys(keys));
    await waitSealedSynced(allowed);
  });

  it('resets links for the owner only: old editor and viewer sockets close at once, old tokens stop working', async () => {
    const server = await serve();
    const keys = createLetterKeys(1);
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const owner = await client(server, letterId, tokens.owner, keys);
    const editor = await client(server, letterId, tokens.editor, keys);
    const viewer = await client(server, letterId, tokens.viewer, viewerKeys(keys));
    await Promise.all([owner, editor, viewer].map((each) => waitSealedSynced(each)));
    const next = { editor: newToken(), viewer: newToken() };
    const newKeys = createLetterKeys(2);
    const body = {
      editorTokenSha256: sha256Hex(next.editor),
      viewerTokenSha256: sha256Hex(next.viewer),
      verifyKey: toBase64Url(newKeys.verifyKey),
      epoch: newKeys.epoch,
    };
    const url = `${server.url}/letters/${letterId}/tokens`;
    expect((await postJson(url, body, tokens.editor)).status).toBe(401);
    expect((await postJson(url, body)).status).toBe(401);
    expect((await postJson(`${server.url}/letters/${newLetterId()}/tokens`, body, tokens.owner)).status).toBe(
      401,
    );
    expect((await postJson(url, { editorTokenSha256: 'x' }, tokens.owner)).status).toBe(400);
    const withoutKeys = {
      editorTokenSha256: body.editorTokenSha256,
      viewerTokenSha256: body.viewerTokenSha256,
    };
    expect((await postJson(url, withoutKeys, tokens.owner)).status).toBe(400);
    expect(await postJson(url, body, tokens.owner)).toEqual({ status: 200, body: { letterId } });

    expect(await editor.socket.closed).toEqual({ code: 4401, reason: RESET_REASON });
    expect(await viewer.socket.closed).toEqual({ code: 4401, reason: RESET_REASON });
    expect(owner.socket.isClosed()).toBe(false);
    expect((await (await socket(server, letterId, tokens.editor)).closed).code).toBe(4401);
    const renewed = await client(server, letterId, next.editor, newKeys);
    await waitSealedSynced(renewed);
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
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const inHeader = await socket(server, letterId, tokens.editor);
    expect(inHeader.ws.protocol).toBe('undersigned');
    inHeader.send(HELLO);
    await waitUntil('the answer', () => receivedOf(inHeader, 'caught-up').length === 1);
    const wrong = await socket(server, letterId, `${tokens.editor}x`);
    expect((await wrong.closed).code).toBe(4401);

    const inQuery = await openRawSocket(server.url, letterId, tokens.viewer);
    try {
      inQuery.ws.send(HELLO);
      await waitUntil('the answer in the query’s socket', () => inQuery.received.length === 1);
      expect(decodeSealedServerMessage(inQuery.received[0] ?? new Uint8Array())).toEqual({
        type: 'caught-up',
        latest: 0,
      });
    } finally {
      inQuery.ws.terminate();
    }
  });
});
