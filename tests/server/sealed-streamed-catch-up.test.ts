import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
  type SealedServerMessage,
} from '../../src-common/collab/sealed-messages';
import { createLetterKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import type { ServerConfigInput } from '../../server/config';
import type { RunningServer } from '../../server/server';
import { DATABASE_FILE } from '../../server/store/database';
import { tempDir } from '../support/temp';
import { serverFixtures } from './fixtures';
import { waitUntil, type Tokens } from './helpers';
import {
  envelopeMessage,
  openSealedSocket,
  receivedOf,
  registerSealedLetter,
  type SealedSocket,
} from './sealed-helpers';

const { serve, closeAfter } = serverFixtures();
const KIB = 1024;
const MIB = 1024 * KIB;

interface LongLetter {
  server: RunningServer;
  keys: LetterKeys;
  letterId: string;
  tokens: Tokens;
}

/**
 * A sealed letter whose first `count` envelopes, of `size` bytes each, were written into the server's database before
 * it loaded the letter, as a letter edited for months would be: the server only forwards their bytes.
 */
async function longLetter(count: number, size: number, input: ServerConfigInput = {}): Promise<LongLetter> {
  const dataDir = tempDir('undersigned-server-');
  const server = await serve({ dataDir, ...input });
  const keys = createLetterKeys();
  const { letterId, tokens } = await registerSealedLetter(server, keys);
  const db = new Database(join(dataDir, DATABASE_FILE));
  const insert = db.prepare(
    `INSERT INTO sealed_envelopes (letter_id, seq, writer_id, counter, kind, epoch, bytes, stored_at)
     VALUES (?, ?, ?, ?, 'update', ?, ?, 0)`,
  );
  const writerId = randomBytes(16);
  db.transaction(() => {
    for (let seq = 1; seq <= count; seq += 1) {
      insert.run(letterId, seq, writerId, seq, keys.epoch, randomBytes(size));
    }
    db.prepare('UPDATE sealed_letters SET latest_seq = ? WHERE letter_id = ?').run(count, letterId);
  })();
  db.close();
  return { server, keys, letterId, tokens };
}

/** A reader's socket that keeps each message as sent (a `relays` message whole), but `durable` notices. */
async function reader(letter: LongLetter): Promise<{ socket: SealedSocket; raw: SealedServerMessage[] }> {
  const raw: SealedServerMessage[] = [];
  const socket = await openSealedSocket(letter.server.url, letter.letterId, letter.tokens.viewer, (bytes) => {
    const message = decodeSealedServerMessage(bytes);
    if (message && message.type !== 'durable') {
      raw.push(message);
    }
  });
  return { socket: closeAfter(socket), raw };
}

function hello(socket: SealedSocket, batches: boolean): void {
  socket.send(encodeSealedClientMessage({ type: 'hello', after: 0, batches }));
}

const caughtUp = (socket: SealedSocket) => () => receivedOf(socket, 'caught-up').length > 0;
const seqsOf = (socket: SealedSocket): number[] => receivedOf(socket, 'relay').map((relay) => relay.seq);
const range = (to: number): number[] => Array.from({ length: to }, (_, index) => index + 1);

describe('sealed relay: a long catch-up streamed in parts', () => {
  it('sends a backlog of 2,500 envelopes as three relays messages, in order and complete', async () => {
    const letter = await longLetter(2_500, 60);
    const batched = await reader(letter);
    hello(batched.socket, true);
    await waitUntil('the catch-up', caughtUp(batched.socket));
    expect(
      batched.raw.map((message) => (message.type === 'relays' ? message.relays.length : message.type)),
    ).toEqual([1_000, 1_000, 500, 'caught-up']);
    expect(seqsOf(batched.socket)).toEqual(range(2_500));
    expect(batched.raw.at(-1)).toEqual({ type: 'caught-up', latest: 2_500 });

    const single = await reader(letter);
    hello(single.socket, false);
    await waitUntil('the catch-up relay by relay', caughtUp(single.socket));
    expect(receivedOf(single.socket, 'relay')).toEqual(receivedOf(batched.socket, 'relay'));
  });

  it('holds a part of a catch-up at a time: 10 MiB of envelopes reach a reader under a 4 MiB cap on all send buffers', async () => {
    const letter = await longLetter(40, 256 * KIB, { limits: { maxTotalSendBufferBytes: 4 * MIB } });
    const { socket } = await reader(letter);
    hello(socket, true);
    await waitUntil('the catch-up', () => caughtUp(socket)() || socket.isClosed());
    expect(socket.isClosed()).toBe(false);
    expect(seqsOf(socket)).toEqual(range(40));
  });

  it('goes on where a reader that stopped reading left it, with what was stored meanwhile, each once and in order', async () => {
    // 24 MiB: more than the loopback socket's buffers hold, so the catch-up waits for the reader.
    const letter = await longLetter(96, 256 * KIB);
    const { socket, raw } = await reader(letter);
    hello(socket, true);
    socket.ws.pause();
    const writer = closeAfter(
      await openSealedSocket(letter.server.url, letter.letterId, letter.tokens.editor),
    );
    writer.send(envelopeMessage(letter.letterId, letter.keys, { counter: 1 }));
    await waitUntil('the new envelope stored', () => receivedOf(writer, 'stored').length === 1);
    expect(receivedOf(writer, 'stored')[0]?.seq).toBe(97);

    socket.ws.resume();
    await waitUntil('the catch-up', caughtUp(socket));
    expect(seqsOf(socket)).toEqual(range(97));
    // It came from the disk as part of the catch-up, not as a live relay after it.
    const last = raw.at(-2);
    expect(last?.type === 'relays' && last.relays.at(-1)?.seq).toBe(97);
    expect(raw.at(-1)).toEqual({ type: 'caught-up', latest: 97 });

    writer.send(envelopeMessage(letter.letterId, letter.keys, { counter: 2 }));
    await waitUntil('the live relay', () => seqsOf(socket).length === 98);
    expect(raw.at(-1)).toMatchObject({ type: 'relay', seq: 98 });
  });
});
