import { describe, expect, it } from 'vitest';
import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { createLetterKeys } from '../../src-common/crypto/letter-keys';
import { serverFixtures } from './fixtures';
import { waitUntil } from './helpers';
import { envelopeMessage, receivedOf, registerSealedLetter } from './sealed-helpers';

const MIB = 1024 * 1024;
const HELLO = encodeSealedClientMessage({ type: 'hello', after: 0 });
const { serve, socket } = serverFixtures();

// One socket that stops reading is dropped in sealed-durability.test.ts; this is the server-wide cap.
describe('collaboration server: slow readers', () => {
  it('drops the sockets holding the most when all buffers together pass the server-wide cap', async () => {
    const server = await serve({
      limits: {
        maxSendBufferBytes: 512 * MIB,
        maxTotalSendBufferBytes: MIB,
        maxDocBytes: 1024 * MIB,
        bytesPerSecond: 256 * MIB,
        byteBurst: 256 * MIB,
        messageBurst: 10_000,
      },
    });
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const stalled = await Promise.all(
      Array.from({ length: 4 }, () => socket(server, letterId, tokens.viewer)),
    );
    for (const reader of stalled) {
      reader.send(HELLO);
    }
    await waitUntil('every hello answered', () =>
      stalled.every((reader) => receivedOf(reader, 'caught-up').length > 0),
    );
    stalled.forEach((reader) => reader.ws.pause());

    // 100 KB envelopes, ten at a time, each ten acknowledged before the next, so the writer never floods the server.
    const writer = await socket(server, letterId, tokens.editor);
    const big = new Uint8Array(100_000);
    const dropped = (): boolean => server.connectionCount(letterId) === 1;
    let counter = 0;
    for (let round = 0; round < 100 && !dropped(); round += 1) {
      for (let index = 0; index < 10; index += 1) {
        counter += 1;
        writer.send(envelopeMessage(letterId, keys, { counter }, big));
      }
      const expected = counter;
      await waitUntil('the writer’s acknowledgements', () => receivedOf(writer, 'stored').length >= expected);
    }
    expect(dropped()).toBe(true);
    expect(writer.isClosed()).toBe(false);
    // Every stalled socket is cut off (1006), and the server still serves the letter to whoever comes next.
    stalled.forEach((reader) => reader.ws.resume());
    const codes = await Promise.all(stalled.map(async (reader) => (await reader.closed).code));
    expect(codes).toEqual([1006, 1006, 1006, 1006]);
    const fresh = await socket(server, letterId, tokens.viewer);
    fresh.send(encodeSealedClientMessage({ type: 'hello', after: counter - 1 }));
    await waitUntil('the newcomer to catch up', () => receivedOf(fresh, 'caught-up').length > 0);
    expect(receivedOf(fresh, 'relay').map((relay) => relay.seq)).toEqual([counter]);
  });
});
