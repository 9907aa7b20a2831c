import { describe, expect, it } from 'vitest';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
} from '../../src-common/collab/sealed-messages';
import { createLetterKeys } from '../../src-common/crypto/letter-keys';
import type { RunningServer } from '../../server/server';
import { serverFixtures } from './fixtures';
import { waitUntil } from './helpers';
import {
  envelopeMessage,
  openSealedSocket,
  receivedOf,
  registerSealedLetter,
  type SealedSocket,
} from './sealed-helpers';

const { serve, closeAfter } = serverFixtures();

const HELLO = encodeSealedClientMessage({ type: 'hello', after: 0 });

async function socketOn(
  server: RunningServer,
  letterId: string,
  token: string,
  onMessage?: (bytes: Uint8Array) => void,
): Promise<SealedSocket> {
  const socket = await openSealedSocket(server.url, letterId, token, onMessage);
  closeAfter(socket);
  return socket;
}

async function listening(server: RunningServer, letterId: string, token: string): Promise<SealedSocket> {
  const socket = await socketOn(server, letterId, token);
  socket.send(HELLO);
  await waitUntil('caught-up', () => receivedOf(socket, 'caught-up').length > 0);
  return socket;
}

async function sealedLetter() {
  const server = await serve({});
  const keys = createLetterKeys();
  const { letterId, tokens } = await registerSealedLetter(server, keys);
  return { server, keys, letterId, tokens };
}

describe('sealed relay: relayed before stored, acknowledged after', () => {
  it('relays an envelope to a reader before it is on disk, and acknowledges its writer only after', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const arrivals: string[] = [];
    const writer = await socketOn(server, letterId, tokens.editor, (bytes) => {
      arrivals.push(`writer ${decodeSealedServerMessage(bytes)?.type ?? '?'}`);
    });
    writer.send(HELLO);
    await waitUntil('the writer caught up', () => receivedOf(writer, 'caught-up').length === 1);
    const reader = await listening(server, letterId, tokens.viewer);
    reader.ws.on('message', () => arrivals.push('reader relay'));
    writer.send(envelopeMessage(letterId, keys, { counter: 1 }));
    await waitUntil('the acknowledgement', () => receivedOf(writer, 'stored').length === 1);
    await waitUntil('the relay', () => receivedOf(reader, 'relay').length === 1);
    // Numbered 1 while nothing was on disk: the relay left before the commit that the acknowledgement waited for.
    expect(receivedOf(reader, 'relay')[0]).toMatchObject({ seq: 1, durable: 0 });
    expect(arrivals.indexOf('reader relay')).toBeLessThan(arrivals.indexOf('writer stored'));
  });

  it('tells readers what a burst stored once the last relay has gone, in a notice', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const writer = await listening(server, letterId, tokens.editor);
    const reader = await listening(server, letterId, tokens.viewer);
    const burst = 20;
    for (let counter = 1; counter <= burst; counter += 1) {
      writer.send(envelopeMessage(letterId, keys, { counter }));
    }
    await waitUntil('every relay', () => receivedOf(reader, 'relay').length === burst);
    await waitUntil('the notice', () =>
      receivedOf(reader, 'durable').some((notice) => notice.through === burst),
    );
    const relays = receivedOf(reader, 'relay');
    expect(relays.map((relay) => relay.seq)).toEqual(Array.from({ length: burst }, (_, index) => index + 1));
    expect(relays.every((relay) => relay.durable < relay.seq)).toBe(true);
    await waitUntil('every acknowledgement', () => receivedOf(writer, 'stored').length === burst);
  });

  it('gives a newcomer the envelopes still on their way after those on disk, each once and in order', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const writer = await listening(server, letterId, tokens.editor);
    const newcomer = await socketOn(server, letterId, tokens.viewer);
    const burst = 50;
    for (let counter = 1; counter <= burst; counter += 1) {
      writer.send(envelopeMessage(letterId, keys, { counter }));
      if (counter === burst / 2) {
        newcomer.send(HELLO);
      }
    }
    await waitUntil('every relay', () => receivedOf(newcomer, 'relay').length >= burst);
    await waitUntil('every acknowledgement', () => receivedOf(writer, 'stored').length === burst);
    const seqs = receivedOf(newcomer, 'relay').map((relay) => relay.seq);
    expect(seqs).toEqual(Array.from({ length: burst }, (_, index) => index + 1));
  });
});
