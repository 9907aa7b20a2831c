import { describe, expect, it } from 'vitest';
import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { createLetterKeys, viewerKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import { CLOSE } from '../../server/protocol';
import type { RunningServer } from '../../server/server';
import { serverFixtures } from './fixtures';
import { newToken, sameState, seededRandom, waitUntil } from './helpers';
import {
  bodyText,
  envelopeMessage,
  receivedOf,
  registerSealedLetter,
  waitSealedSynced,
  type SealedSocket,
} from './sealed-helpers';

const MAX_MESSAGE = 64 * 1024;
const HELLO = encodeSealedClientMessage({ type: 'hello', after: 0 });

const { serve, socket, client } = serverFixtures();

interface Target {
  server: RunningServer;
  letterId: string;
  keys: LetterKeys;
}

// Answers the socket's hello, or sees it closed: either way the server has handled everything sent before it.
async function settle(sealed: SealedSocket): Promise<void> {
  const before = receivedOf(sealed, 'caught-up').length;
  sealed.send(HELLO);
  await waitUntil('the server to answer or close', () => {
    return sealed.isClosed() || receivedOf(sealed, 'caught-up').length > before;
  });
}

function randomBytes(random: () => number, most: number): Uint8Array {
  const bytes = new Uint8Array(Math.floor(random() * most));
  bytes.forEach((_, at) => (bytes[at] = Math.floor(random() * 256)));
  return bytes;
}

// Random bytes, ten messages per socket, from an editor: each socket is closed at its first bad message.
async function sendRandomBytes(target: Target, token: string, random: () => number, sockets: number) {
  let sent = 0;
  for (let round = 0; round < sockets; round += 1) {
    const noisy = await socket(target.server, target.letterId, token);
    for (let index = 0; index < 10; index += 1) {
      noisy.send(randomBytes(random, 300));
      sent += 1;
    }
    await settle(noisy);
  }
  return sent;
}

// Well-framed but hostile: unknown types, absurd lengths, text frames, envelopes cut short or random, too big; each
// closes its socket with the matching code.
async function sendHostileFrames(target: Target, token: string, random: () => number): Promise<number> {
  const envelope = envelopeMessage(target.letterId, target.keys, { counter: 1 });
  const hostile: [Uint8Array | string, number][] = [
    [new Uint8Array([7]), CLOSE.malformed],
    [new Uint8Array([21, 0xff, 0xff, 0xff, 0xff, 0x0f]), CLOSE.malformed],
    [new Uint8Array([20]), CLOSE.malformed],
    ['{"type":"hello"}', CLOSE.malformed],
    [envelope.subarray(0, 20), CLOSE.malformed],
    [encodeSealedClientMessage({ type: 'envelope', envelope: randomBytes(random, 30) }), CLOSE.malformed],
    [new Uint8Array(MAX_MESSAGE + 1), CLOSE.tooBig],
  ];
  for (const [message, code] of hostile) {
    const hostileSocket = await socket(target.server, target.letterId, token);
    hostileSocket.ws.send(message);
    expect((await hostileSocket.closed).code).toBe(code);
  }
  return hostile.length;
}

// Envelopes that look right but must not be stored: under another epoch, signed with another letter's key, or with
// a flipped byte. Each is refused and the socket stays open.
async function sendForged(target: Target, token: string, random: () => number, count: number) {
  const forger = await socket(target.server, target.letterId, token);
  const strangerKeys = createLetterKeys();
  for (let counter = 1; counter <= count; counter += 1) {
    const plaintext = randomBytes(random, 200);
    const kinds = [
      envelopeMessage(
        target.letterId,
        { ...target.keys, epoch: target.keys.epoch + 1 },
        { counter },
        plaintext,
      ),
      envelopeMessage(target.letterId, strangerKeys, { counter }, plaintext),
      flipOneByte(envelopeMessage(target.letterId, target.keys, { counter }, plaintext), random),
    ];
    forger.send(kinds[counter % kinds.length] ?? new Uint8Array());
  }
  await settle(forger);
  expect(forger.isClosed()).toBe(false);
  expect(receivedOf(forger, 'stored')).toEqual([]);
  expect(receivedOf(forger, 'refused')).toHaveLength(count);
  forger.ws.close();
  return count;
}

// Past the envelope's 40-byte header (and the message's own framing), so the header still reads.
function flipOneByte(message: Uint8Array, random: () => number): Uint8Array {
  const copy = new Uint8Array(message);
  const at = 48 + Math.floor(random() * (copy.length - 48));
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

// Valid envelopes over sockets without a good token: closed with 4401 before anything is read.
async function sendWithoutToken(target: Target): Promise<void> {
  for (const token of [newToken(), '']) {
    const stranger = await socket(target.server, target.letterId, token);
    stranger.send(envelopeMessage(target.letterId, target.keys, { counter: 1 }));
    expect((await stranger.closed).code).toBe(CLOSE.unauthorized);
  }
}

describe('collaboration server: hostile bytes', () => {
  it('survives random, oversized, forged and hostile messages; honest clients keep syncing; nothing hostile is stored', async () => {
    const server = await serve({
      limits: { maxMessageBytes: MAX_MESSAGE, messageBurst: 100_000, messagesPerSecond: 100_000 },
    });
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const alice = await client(server, letterId, tokens.editor, keys);
    const bob = await client(server, letterId, tokens.owner, keys);
    await Promise.all([waitSealedSynced(alice), waitSealedSynced(bob)]);
    const rssBefore = process.memoryUsage().rss;
    const random = seededRandom(4);
    const target = { server, letterId, keys };
    let sent = 0;
    for (let round = 0; round < 4; round += 1) {
      // The honest clients edit between hostile waves and must see each other's edits every time.
      alice.doc.getText('body').insert(alice.doc.getText('body').length, `honest ${round}. `);
      bob.doc.getMap('meta').set('title', `Honest title ${round}`);
      sent += await sendRandomBytes(target, tokens.editor, random, 50);
      sent += await sendHostileFrames(target, tokens.editor, random);
      sent += await sendForged(target, tokens.editor, random, 100);
      sent += await sendForged(target, tokens.viewer, random, 100);
      await sendWithoutToken(target);
      await waitUntil('the honest clients to converge', () => sameState(alice.doc, bob.doc));
    }
    await Promise.all([waitSealedSynced(alice), waitSealedSynced(bob)]);
    expect(sent).toBeGreaterThanOrEqual(2_500);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);

    await server.close();
    const restarted = await serve({ dataDir: server.config.dataDir });
    const fresh = await client(restarted, letterId, tokens.viewer, viewerKeys(keys));
    await waitSealedSynced(fresh);
    expect(fresh.problems).toEqual([]);
    expect(bodyText(fresh.doc)).toBe('honest 0. honest 1. honest 2. honest 3. ');
    expect(fresh.doc.getMap('meta').toJSON()).toEqual({ title: 'Honest title 3' });
    expect(sameState(fresh.doc, alice.doc)).toBe(true);
  });

  it('closes a socket that floods the server, and only that one', async () => {
    const server = await serve({ limits: { messageBurst: 20, messagesPerSecond: 1 } });
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const honest = await client(server, letterId, tokens.editor, keys);
    await waitSealedSynced(honest);
    const flooder = await socket(server, letterId, tokens.editor);
    for (let index = 0; index < 100; index += 1) {
      flooder.send(HELLO);
    }
    expect(await flooder.closed).toEqual({ code: CLOSE.policy, reason: 'Too many messages: slow down.' });
    honest.doc.getText('body').insert(0, 'still fine');
    await waitSealedSynced(honest);
    expect(honest.socket.isClosed()).toBe(false);
  });
});

describe('collaboration server: connection slots', () => {
  it('limits connections per letter and keeps the last ones for owners and editors', async () => {
    const server = await serve({
      limits: { maxConnectionsPerLetter: 4, reservedWriterConnectionsPerLetter: 2 },
    });
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    await socket(server, letterId, tokens.viewer);
    await socket(server, letterId, tokens.viewer);
    const thirdViewer = await socket(server, letterId, tokens.viewer);
    expect(await thirdViewer.closed).toEqual({
      code: CLOSE.tryLater,
      reason: 'This letter has as many readers as the server allows. Try again later.',
    });
    const editor = await client(server, letterId, tokens.editor, keys);
    const owner = await client(server, letterId, tokens.owner, keys);
    await Promise.all([waitSealedSynced(editor), waitSealedSynced(owner)]);
    const fifth = await socket(server, letterId, tokens.editor);
    expect(await fifth.closed).toEqual({
      code: CLOSE.tryLater,
      reason: 'This letter has as many connections as the server allows. Try again later.',
    });
  });

  it('keeps the last connections of the server for owners and editors', async () => {
    const server = await serve({ limits: { maxConnections: 4, reservedWriterConnections: 1 } });
    const keys = createLetterKeys();
    const first = await registerSealedLetter(server, keys);
    const second = await registerSealedLetter(server, keys);
    await socket(server, first.letterId, first.tokens.viewer);
    await socket(server, second.letterId, second.tokens.viewer);
    await socket(server, second.letterId, second.tokens.viewer);
    const viewer = await socket(server, first.letterId, first.tokens.viewer);
    expect(await viewer.closed).toEqual({
      code: CLOSE.tryLater,
      reason: 'The server has as many connections as it allows. Try again later.',
    });
    const editor = await client(server, first.letterId, first.tokens.editor, keys);
    await waitSealedSynced(editor);
    const another = await socket(server, second.letterId, second.tokens.owner);
    expect((await another.closed).code).toBe(CLOSE.tryLater);
  });
});
