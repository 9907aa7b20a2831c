import { describe, expect, it } from 'vitest';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
  type SealedServerMessage,
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

/** A socket that says `hello`, and every message it then gets but `durable` notices, as sent (a `relays` message kept whole). */
async function caughtUp(
  server: RunningServer,
  letterId: string,
  token: string,
  batches: boolean,
): Promise<{ socket: SealedSocket; raw: SealedServerMessage[] }> {
  const raw: SealedServerMessage[] = [];
  const socket = await openSealedSocket(server.url, letterId, token, (bytes) => {
    const message = decodeSealedServerMessage(bytes);
    // A `durable` notice follows each stored burst whenever the writes commit, so it may come at any point here.
    if (message && message.type !== 'durable') {
      raw.push(message);
    }
  });
  closeAfter(socket);
  socket.send(encodeSealedClientMessage({ type: 'hello', after: 2, batches }));
  await waitUntil('caught-up', () => receivedOf(socket, 'caught-up').length > 0);
  return { socket, raw };
}

describe('sealed relay: a catch-up many envelopes to a message', () => {
  it('sends the same envelopes to a hello that asks for batches, in one message, and relay by relay to one that does not', async () => {
    const server = await serve();
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const writer = await openSealedSocket(server.url, letterId, tokens.editor);
    closeAfter(writer);
    for (let counter = 1; counter <= 6; counter += 1) {
      writer.send(envelopeMessage(letterId, keys, { counter }));
    }
    await waitUntil('six envelopes stored', () => receivedOf(writer, 'stored').length === 6);

    const batched = await caughtUp(server, letterId, tokens.viewer, true);
    const single = await caughtUp(server, letterId, tokens.viewer, false);
    expect(batched.raw.map((message) => message.type)).toEqual(['relays', 'caught-up']);
    expect(single.raw.map((message) => message.type)).toEqual([...Array(4).fill('relay'), 'caught-up']);
    const [relays] = batched.raw;
    expect(relays?.type === 'relays' && relays.durable).toBe(6);
    expect(receivedOf(batched.socket, 'relay').map((relay) => relay.seq)).toEqual([3, 4, 5, 6]);
    expect(receivedOf(batched.socket, 'relay')).toEqual(receivedOf(single.socket, 'relay'));

    // Later envelopes still come relay by relay, after the batch.
    writer.send(envelopeMessage(letterId, keys, { counter: 7 }));
    await waitUntil('the live relay', () => receivedOf(batched.socket, 'relay').length === 5);
    expect(batched.raw.at(-1)).toMatchObject({ type: 'relay', seq: 7 });
  });
});
