import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { createLetterKeys } from '../../src-common/crypto/letter-keys';
import { sha256Hex } from '../../src-node/secrets';
import { CLOSE } from '../../server/protocol';
import { REFUSAL } from '../../server/sealed-write-check';
import type { RunningServer } from '../../server/server';
import { DATABASE_FILE } from '../../server/store/database';
import { serverFixtures } from './fixtures';
import { newLetterId, newToken, postJson, registrationBody, waitUntil } from './helpers';
import {
  envelopeMessage,
  openSealedSocket,
  receivedOf,
  registerSealedLetter,
  type SealedSocket,
} from './sealed-helpers';

const { serve, closeAfter } = serverFixtures();

async function listening(server: RunningServer, letterId: string, token: string): Promise<SealedSocket> {
  const socket = await openSealedSocket(server.url, letterId, token);
  closeAfter(socket);
  socket.send(encodeSealedClientMessage({ type: 'hello', after: 0 }));
  await waitUntil('caught-up', () => receivedOf(socket, 'caught-up').length > 0);
  return socket;
}

function storedEpochs(server: RunningServer): { envelopes: number[]; snapshot: number[] } {
  const db = new Database(join(server.config.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const epochs = (sql: string): number[] => db.prepare(sql).pluck().all().map(Number);
    return {
      envelopes: epochs('SELECT epoch FROM sealed_envelopes ORDER BY seq'),
      snapshot: epochs('SELECT epoch FROM sealed_snapshots'),
    };
  } finally {
    db.close();
  }
}

describe('sealed letters: registering and resetting', () => {
  it('refuses a verify key of the wrong length, a key without an epoch, and an epoch without a key', async () => {
    const server = await serve();
    const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
    const key = toBase64Url(createLetterKeys().verifyKey);
    for (const extra of [
      { verifyKey: 'abc', epoch: 1 },
      { verifyKey: key },
      { epoch: 1 },
      { verifyKey: key, epoch: 0 },
    ]) {
      const body = { ...registrationBody(newLetterId(), tokens), ...extra };
      expect((await postJson(`${server.url}/letters`, body, server.instanceKey)).status).toBe(400);
    }
  });

  it('rotates the keys on reset: old links and old keys cannot write, and the new snapshot removes the old epoch', async () => {
    const server = await serve();
    const oldKeys = createLetterKeys(1);
    const { letterId, tokens } = await registerSealedLetter(server, oldKeys);
    const owner = await listening(server, letterId, tokens.owner);
    const editor = await listening(server, letterId, tokens.editor);
    for (let counter = 1; counter <= 3; counter += 1) {
      editor.send(envelopeMessage(letterId, oldKeys, { counter }));
    }
    await waitUntil('three envelopes stored', () => receivedOf(editor, 'stored').length === 3);

    const newKeys = createLetterKeys(2);
    const next = { editor: newToken(), viewer: newToken() };
    const reset = (epoch: number) =>
      postJson(
        `${server.url}/letters/${letterId}/tokens`,
        {
          editorTokenSha256: sha256Hex(next.editor),
          viewerTokenSha256: sha256Hex(next.viewer),
          verifyKey: toBase64Url(newKeys.verifyKey),
          epoch,
        },
        tokens.owner,
      );
    expect((await reset(1)).status).toBe(400);
    expect((await reset(2)).status).toBe(200);
    expect((await editor.closed).code).toBe(CLOSE.unauthorized);
    expect(storedEpochs(server)).toEqual({ envelopes: [1, 1, 1], snapshot: [] });

    owner.send(envelopeMessage(letterId, oldKeys, { counter: 4 }));
    await waitUntil('the refusal', () => receivedOf(owner, 'refused').length === 1);
    expect(receivedOf(owner, 'refused')[0]?.reason).toBe(REFUSAL.otherKeys);

    owner.send(encodeSealedClientMessage({ type: 'lease', covers: 3 }));
    await waitUntil('the lease', () => receivedOf(owner, 'lease').length === 1);
    owner.send(envelopeMessage(letterId, newKeys, { kind: 'snapshot', counter: 0, covers: 3 }));
    await waitUntil('the snapshot stored', () => receivedOf(owner, 'stored').length === 1);
    expect(storedEpochs(server)).toEqual({ envelopes: [], snapshot: [2] });

    const newEditor = await listening(server, letterId, next.editor);
    expect(receivedOf(newEditor, 'relay').map((relay) => relay.seq)).toEqual([3]);
    newEditor.send(envelopeMessage(letterId, newKeys, { counter: 1 }));
    await waitUntil('the new editor’s envelope stored', () => receivedOf(newEditor, 'stored').length === 1);
    expect(receivedOf(newEditor, 'stored')[0]?.seq).toBe(4);
    const oldLink = await openSealedSocket(server.url, letterId, tokens.editor);
    closeAfter(oldLink);
    expect((await oldLink.closed).code).toBe(CLOSE.unauthorized);
  });

  it('refuses a reset without new keys: a letter stays sealed', async () => {
    const server = await serve();
    const next = { editorTokenSha256: sha256Hex(newToken()), viewerTokenSha256: sha256Hex(newToken()) };
    const sealed = await registerSealedLetter(server, createLetterKeys());
    const withoutKeys = await postJson(
      `${server.url}/letters/${sealed.letterId}/tokens`,
      next,
      sealed.tokens.owner,
    );
    expect(withoutKeys.status).toBe(400);
  });
});
