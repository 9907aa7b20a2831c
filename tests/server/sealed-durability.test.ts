import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { createLetterKeys } from '../../src-common/crypto/letter-keys';
import { DATABASE_FILE } from '../../server/store/database';
import { spawnServer, type ServerProcess } from '../soak/server-process';
import { tempDir } from '../support/temp';
import { serverFixtures } from './fixtures';
import { waitUntil } from './helpers';
import {
  envelopeMessage,
  openSealedSocket,
  receivedOf,
  registerSealedLetter,
  type SealedSocket,
} from './sealed-helpers';

const { serve } = serverFixtures();
const children: ChildProcess[] = [];
const sockets: SealedSocket[] = [];
afterEach(() => {
  sockets.splice(0).forEach((socket) => socket.ws.terminate());
  children.splice(0).forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
});

const HELLO = encodeSealedClientMessage({ type: 'hello', after: 0 });
const MIB = 1024 * 1024;

async function serverProcess(dataDir: string): Promise<ServerProcess> {
  const server = await spawnServer(dataDir, ['--messages-per-second', '100000', '--message-burst', '100000']);
  children.push(server.child);
  return server;
}

async function socket(url: string, letterId: string, token: string): Promise<SealedSocket> {
  const opened = await openSealedSocket(url, letterId, token);
  sockets.push(opened);
  return opened;
}

describe('sealed relay: durability and slow readers', () => {
  it('loses no acknowledged envelope when the server is killed with SIGKILL, and numbers stay in step', async () => {
    const dataDir = tempDir('undersigned-server-');
    const first = await serverProcess(dataDir);
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(first, keys);
    const writer = await socket(first.url, letterId, tokens.editor);
    writer.send(HELLO);
    const sent = new Map<number, Uint8Array>();
    // Envelopes go out in bursts of 50 without waiting, so the kill lands while batches are on their way to disk.
    for (let counter = 1; receivedOf(writer, 'stored').length < 300; counter += 1) {
      const message = envelopeMessage(
        letterId,
        keys,
        { counter },
        new TextEncoder().encode(`change ${counter}`),
      );
      sent.set(counter, message);
      writer.send(message);
      if (counter % 50 === 0) {
        await waitUntil('some acknowledgements', () => receivedOf(writer, 'stored').length >= counter - 100);
      }
    }
    first.child.kill('SIGKILL');
    await writer.closed;
    const acked = receivedOf(writer, 'stored');

    const second = await serverProcess(dataDir);
    const reader = await socket(second.url, letterId, tokens.viewer);
    reader.send(HELLO);
    await waitUntil('the backlog', () => receivedOf(reader, 'caught-up').length === 1);
    const relays = receivedOf(reader, 'relay');
    const latest = receivedOf(reader, 'caught-up')[0]?.latest ?? 0;
    expect(relays.map((relay) => relay.seq)).toEqual(Array.from({ length: latest }, (_, index) => index + 1));
    expect(latest).toBeGreaterThanOrEqual(acked.length);
    for (const { counter, seq } of acked) {
      const stored = relays[seq - 1]?.envelope;
      expect(stored && encodeSealedClientMessage({ type: 'envelope', envelope: stored })).toEqual(
        sent.get(counter),
      );
    }
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('drops a sealed socket that stops reading, while the others get every envelope', async () => {
    const server = await serve({
      limits: {
        maxSendBufferBytes: 256 * 1024,
        slowReaderGraceMs: 200,
        maxDocBytes: 1024 * MIB,
        bytesPerSecond: 256 * MIB,
        byteBurst: 256 * MIB,
        messageBurst: 10_000,
      },
    });
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const writer = await socket(server.url, letterId, tokens.editor);
    const honest = await socket(server.url, letterId, tokens.viewer);
    const stalled = await socket(server.url, letterId, tokens.viewer);
    for (const listener of [writer, honest, stalled]) {
      listener.send(HELLO);
    }
    await waitUntil('every hello answered', () => receivedOf(stalled, 'caught-up').length === 1);
    stalled.ws.pause();

    const big = new Uint8Array(100_000);
    let counter = 0;
    const dropped = (): boolean => server.connectionCount(letterId) === 2;
    for (let round = 0; round < 200 && !dropped(); round += 1) {
      for (let index = 0; index < 10; index += 1) {
        counter += 1;
        writer.send(envelopeMessage(letterId, keys, { counter }, big));
      }
      const expected = counter;
      await waitUntil('the writer’s acknowledgements', () => receivedOf(writer, 'stored').length >= expected);
    }
    expect(dropped()).toBe(true);
    await waitUntil(
      'the honest reader to get every envelope',
      () => receivedOf(honest, 'relay').length === counter,
    );
    expect(writer.isClosed()).toBe(false);
    // Cut off rather than closed politely: nothing more waits in the server's memory for it.
    stalled.ws.resume();
    expect((await stalled.closed).code).toBe(1006);
  });
});
