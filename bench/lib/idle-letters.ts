import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { DATABASE_FILE } from '../../server/store/database';
import { spawnServer } from '../../tests/soak/server-process';
import { tempDir } from '../../tests/support/temp';
import { connectSealedReader, registerSealed, type SealedBenchLetter } from './sealed-clients';
import { writeSealed } from './sealed-open';
import { LatencyLog, type BenchClient, type Endpoint } from './sync-clients';
import { referenceEndpoint, rssBytes, startReference } from './sync-servers';

/** A server's resident memory before and after `letters` letters were loaded, each kept open by one idle socket. */
export interface IdleLoad {
  letters: number;
  emptyRss: number;
  loadedRss: number;
}

/** Resident memory each loaded, idle letter adds, from an {@link IdleLoad}. */
export function rssPerLetter(load: IdleLoad): number {
  return (load.loadedRss - load.emptyRss) / load.letters;
}

const SETTLE_POLL_MS = 250;
const SETTLE_MAX_MS = 10_000;
// Far above any healthy load of one letter, so a server that never answers fails the scenario instead of hanging it.
const LOAD_TIMEOUT_MS = 30_000;

/**
 * Our server holding `letters` sealed letters, each stored as one snapshot envelope of `state` (written into the
 * stopped server's database, as the sealed open does), loaded by one reader that said hello and got the backlog.
 */
export async function loadOursIdle(letters: number, state: Uint8Array): Promise<IdleLoad> {
  const dataDir = tempDir('undersigned-bench-memory-');
  const registering = await spawnServer(dataDir);
  const sealed: SealedBenchLetter[] = [];
  for (let index = 0; index < letters; index += 1) {
    sealed.push(await registerSealed(registering.url, registering.instanceKey));
  }
  await registering.kill();
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.transaction(() => sealed.forEach((letter) => writeSealed(db, letter, state, [], 1)))();
  } finally {
    db.close();
  }
  const server = await spawnServer(dataDir);
  const readers: BenchClient[] = [];
  try {
    const pid = server.child.pid ?? 0;
    const emptyRss = await settledRss(pid);
    // The restarted server listens on a port of its own.
    const port = new URL(server.url).port;
    for (const letter of sealed) {
      const url = letter.endpoint.url.replace(/:\d+\//u, `:${port}/`);
      const reader = connectSealedReader(
        { ...letter, endpoint: { ...letter.endpoint, url } },
        new LatencyLog(),
      );
      readers.push(reader);
      await within(reader.synced, 'Our server did not send a letter’s backlog');
    }
    return { letters, emptyRss, loadedRss: await settledRss(pid) };
  } finally {
    readers.forEach((reader) => reader.close());
    await server.kill();
  }
}

/** The reference relay holding the same letters: each given `state` by a socket that stays open, as it must. */
export async function loadReferenceIdle(letters: number, state: Uint8Array): Promise<IdleLoad> {
  const server = await startReference();
  const sockets: WebSocket[] = [];
  try {
    const emptyRss = await settledRss(server.pid);
    for (let index = 0; index < letters; index += 1) {
      const seeding = seedAndConfirm(referenceEndpoint(server.port, `memory-${index}`), state);
      sockets.push(await within(seeding, 'The reference relay did not confirm a letter'));
    }
    return { letters, emptyRss, loadedRss: await settledRss(server.pid) };
  } finally {
    sockets.forEach((socket) => socket.terminate());
    await server.stop();
  }
}

/**
 * Sends the whole state, then a sync step 1; the relay answers messages in order, so its step 2 means it has
 * applied the state. Resolves with the socket, left open so the relay keeps the letter.
 */
function seedAndConfirm(endpoint: Endpoint, state: Uint8Array): Promise<WebSocket> {
  const ws = new WebSocket(endpoint.url, endpoint.protocols);
  ws.binaryType = 'nodebuffer';
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('open', () => {
      ws.send(syncMessage((encoder) => syncProtocol.writeUpdate(encoder, state)));
      ws.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, new Y.Doc())));
    });
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (
        decoding.readVarUint(decoder) === 0 &&
        decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
      ) {
        resolve(ws);
      }
    });
  });
}

function within<T>(promise: Promise<T>, failure: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${failure} within ${LOAD_TIMEOUT_MS / 1000} s.`)),
      LOAD_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

// Memory a process has just been handed keeps moving for a moment; the figure is taken once two readings a
// quarter of a second apart agree within 1%, or after ten seconds.
async function settledRss(pid: number): Promise<number> {
  let previous = rssBytes(pid);
  const deadline = performance.now() + SETTLE_MAX_MS;
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const current = rssBytes(pid);
    if (Math.abs(current - previous) <= previous * 0.01) {
      return current;
    }
    previous = current;
  }
  return previous;
}
