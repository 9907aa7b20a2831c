import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { createLetterKeys } from '../../src-common/crypto/letter-keys';
import { sha256Hex } from '../../src-node/secrets';
import { CLOSE, SHARED_BEFORE_ENCRYPTION_REASON } from '../../server/protocol';
import { DATABASE_FILE } from '../../server/store/database';
import { UNAUTHORIZED_REASON } from '../../server/socket';
import { serverFixtures } from './fixtures';
import { newLetterId, newToken, postJson, waitUntil } from './helpers';
import { envelopeMessage, receivedOf, registerSealedLetter } from './sealed-helpers';

const HELLO = encodeSealedClientMessage({ type: 'hello', after: 0 });
const { serve, socket } = serverFixtures();

// Syncing, acknowledging after the disk, restarts and unloading are in sealed-sync.test.ts.
describe('collaboration server: serving', () => {
  it('answers GET /health', async () => {
    const server = await serve();
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('never acknowledges or relays an envelope it could not store, and stores it when it is sent again', async () => {
    const server = await serve();
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const reader = await socket(server, letterId, tokens.viewer);
    reader.send(HELLO);
    const writer = await socket(server, letterId, tokens.editor);
    // A second connection to the same file makes every write fail, as a full or broken disk would.
    const admin = new Database(join(server.config.dataDir, DATABASE_FILE));
    admin.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON sealed_envelopes BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const envelope = envelopeMessage(letterId, keys, { counter: 1 });
    writer.send(envelope);
    expect((await writer.closed).code).toBe(CLOSE.serverError);
    expect(receivedOf(writer, 'stored')).toEqual([]);
    admin.exec('DROP TRIGGER refuse');
    admin.close();

    const again = await socket(server, letterId, tokens.editor);
    again.send(envelope);
    await waitUntil('the envelope to be stored', () => receivedOf(again, 'stored').length === 1);
    expect(receivedOf(again, 'stored')).toEqual([{ type: 'stored', counter: 1, seq: 1 }]);
    const listener = await socket(server, letterId, tokens.viewer);
    listener.send(HELLO);
    await waitUntil('the newcomer to catch up', () => receivedOf(listener, 'caught-up').length === 1);
    expect(receivedOf(listener, 'relay').map((relay) => relay.seq)).toEqual([1]);
  });
});

describe('collaboration server: one protocol', () => {
  it('refuses to register a letter without keys, with a plain sentence', async () => {
    const server = await serve();
    const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
    const response = await postJson(
      `${server.url}/letters`,
      {
        letterId: newLetterId(),
        ownerTokenSha256: sha256Hex(tokens.owner),
        editorTokenSha256: sha256Hex(tokens.editor),
        viewerTokenSha256: sha256Hex(tokens.viewer),
      },
      server.instanceKey,
    );
    expect(response).toEqual({
      status: 400,
      body: {
        error:
          'A letter is registered with its verifyKey and epoch: this server keeps only end-to-end encrypted letters.',
      },
    });
  });

  it('tells the links of a letter shared before encryption to share it again, and strangers nothing', async () => {
    const first = await serve();
    const dataDir = first.config.dataDir;
    await first.close();
    // A letter registered by an older server: a row in `letters`, no keys.
    const letterId = newLetterId();
    const tokens = { owner: newToken(), editor: newToken(), viewer: newToken() };
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.prepare(
      `INSERT INTO letters (id, owner_token_sha256, editor_token_sha256, viewer_token_sha256, created_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(letterId, sha256Hex(tokens.owner), sha256Hex(tokens.editor), sha256Hex(tokens.viewer), 1);
    db.close();

    const server = await serve({ dataDir });
    for (const token of [tokens.owner, tokens.editor, tokens.viewer]) {
      const old = await socket(server, letterId, token);
      expect(await old.closed).toEqual({
        code: CLOSE.sharedBeforeEncryption,
        reason: SHARED_BEFORE_ENCRYPTION_REASON,
      });
      expect(old.received).toEqual([]);
    }
    const stranger = await socket(server, letterId, newToken());
    expect(await stranger.closed).toEqual({ code: CLOSE.unauthorized, reason: UNAUTHORIZED_REASON });
    expect(server.isLoaded(letterId)).toBe(false);

    const keys = createLetterKeys();
    const reset = await postJson(
      `${server.url}/letters/${letterId}/tokens`,
      {
        editorTokenSha256: sha256Hex(newToken()),
        viewerTokenSha256: sha256Hex(newToken()),
        verifyKey: Buffer.from(keys.verifyKey).toString('base64url'),
        epoch: 2,
      },
      tokens.owner,
    );
    expect(reset).toEqual({ status: 400, body: { error: SHARED_BEFORE_ENCRYPTION_REASON } });
  });
});
