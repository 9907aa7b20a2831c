import * as Y from 'yjs';
import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { createLetterKeys, viewerKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import { seeded, type Random } from '../fuzz/mutate';
import { waitUntil } from '../server/helpers';
import {
  connectSealedClient,
  envelopeMessage,
  openSealedSocket,
  registerSealedLetter,
  type SealedClient,
} from '../server/sealed-helpers';
import { tempDir } from '../support/temp';
import { spawnServer, type ServerProcess } from './server-process';

/** How big a soak is. */
export interface SoakSize {
  clients: number;
  letters: number;
  seconds: number;
  hostile: number;
  seed: number;
}

/** What a soak saw: whether the letters converged, what went wrong for honest clients, and the server's memory. */
export interface SoakReport {
  edits: number;
  divergentLetters: number;
  honestCloses: { code: number; reason: string }[];
  hostileClosed: number;
  rssStartBytes: number;
  rssPeakBytes: number;
  rssEndBytes: number;
}

interface Letter {
  letterId: string;
  tokens: { owner: string; editor: string; viewer: string };
  keys: LetterKeys;
}

/**
 * Many honest clients on several letters (one in five typing about every 50 ms) beside hostile viewers (half never
 * read what the server sends, half flood presence) for `seconds`; then the typing stops and every letter's copies
 * must converge. The server runs in its own process so its memory can be read; everything stops by itself.
 */
export async function runSoak(size: SoakSize): Promise<SoakReport> {
  const random = seeded(size.seed);
  const server = await spawnServer(tempDir('undersigned-soak-'));
  const honest: SealedClient[] = [];
  try {
    const letters = await registerLetters(server, size.letters);
    const closes: { code: number; reason: string }[] = [];
    for (let index = 0; index < size.clients; index += 1) {
      const letter = letters[index % letters.length];
      if (letter) {
        honest.push(await honestClient(server, letter, closes));
      }
    }
    await waitUntil('every client to sync', () => honest.every((client) => client.sync.synced), 60_000);
    const rssStartBytes = server.rssBytes();
    const hostile = await startHostile(server, letters, size.hostile, random);
    const typed = await typeFor(honest, size.seconds, random, server);
    const hostileClosed = hostile.filter((socket) => socket.isClosed()).length;
    hostile.forEach((socket) => socket.ws.terminate());
    await waitUntil('the letters to converge', () => divergent(honest, letters.length) === 0, 60_000).catch(
      () => undefined,
    );
    // Read before the clean-up below closes the honest sockets itself.
    const honestCloses = [...closes];
    return {
      edits: typed.edits,
      divergentLetters: divergent(honest, letters.length),
      honestCloses,
      hostileClosed,
      rssStartBytes,
      rssPeakBytes: typed.rssPeak,
      rssEndBytes: server.rssBytes(),
    };
  } finally {
    honest.forEach((client) => {
      client.socket.ws.terminate();
      client.sync.destroy();
    });
    await server.kill();
  }
}

async function registerLetters(server: ServerProcess, count: number): Promise<Letter[]> {
  const letters: Letter[] = [];
  for (let index = 0; index < count; index += 1) {
    const keys = createLetterKeys();
    letters.push({ ...(await registerSealedLetter(server, keys)), keys });
  }
  return letters;
}

async function honestClient(
  server: ServerProcess,
  letter: Letter,
  closes: { code: number; reason: string }[],
): Promise<SealedClient> {
  const client = await connectSealedClient(server.url, letter.letterId, letter.tokens.editor, letter.keys);
  // Any close is an error for an honest client: it never sends anything past the limits and reads what it gets.
  void client.socket.closed.then((close) => closes.push(close));
  return client;
}

async function startHostile(
  server: ServerProcess,
  letters: readonly Letter[],
  count: number,
  random: Random,
) {
  const sockets = [];
  for (let index = 0; index < count; index += 1) {
    const letter = letters[index % letters.length];
    if (!letter) {
      continue;
    }
    const socket = await openSealedSocket(server.url, letter.letterId, letter.tokens.viewer);
    socket.send(encodeSealedClientMessage({ type: 'hello', after: 0 }));
    if (index % 2 === 0) {
      // Never reads: whatever the server relays piles up in its send buffer until the server drops it.
      socket.ws.pause();
    } else {
      floodPresence(socket.ws, letter, random);
    }
    sockets.push(socket);
  }
  return sockets;
}

// Sealed presence a viewer may send (unsigned), large and fast: the server relays it to every listener until its
// presence limits close the socket.
function floodPresence(
  ws: { send(bytes: Uint8Array): void; readyState: number },
  letter: Letter,
  random: Random,
): void {
  const keys = viewerKeys(letter.keys);
  const filler = new Uint8Array(8_000).fill(Math.floor(random() * 256));
  const message = envelopeMessage(letter.letterId, keys, { kind: 'presence', counter: 0 }, filler);
  const timer = setInterval(() => {
    if (ws.readyState !== 1) {
      clearInterval(timer);
      return;
    }
    ws.send(message);
  }, 2);
}

async function typeFor(
  clients: readonly SealedClient[],
  seconds: number,
  random: Random,
  server: ServerProcess,
): Promise<{ edits: number; rssPeak: number }> {
  const typists = clients.filter((_, index) => index % 5 === 0);
  const deadline = Date.now() + seconds * 1000;
  let edits = 0;
  let rssPeak = server.rssBytes();
  while (Date.now() < deadline) {
    for (const typist of typists) {
      const text = typist.doc.getText('body');
      text.insert(Math.floor(random() * (text.length + 1)), `${edits % 10}`);
      edits += 1;
    }
    rssPeak = Math.max(rssPeak, server.rssBytes());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { edits, rssPeak };
}

/** How many letters have copies that differ, counting each letter's clients by the order they were made. */
function divergent(clients: readonly SealedClient[], letterCount: number): number {
  let count = 0;
  for (let letter = 0; letter < letterCount; letter += 1) {
    const copies = clients.filter((_, index) => index % letterCount === letter);
    const first = copies[0];
    const state = first ? Y.encodeStateVector(first.doc).toString() : '';
    const text = first?.doc.getText('body').toString() ?? '';
    const same = copies.every(
      (copy) =>
        Y.encodeStateVector(copy.doc).toString() === state && copy.doc.getText('body').toString() === text,
    );
    count += same ? 0 : 1;
  }
  return count;
}
