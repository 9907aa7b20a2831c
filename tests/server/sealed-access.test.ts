import { describe, expect, it } from 'vitest';
import { encodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { createLetterKeys, viewerKeys } from '../../src-common/crypto/letter-keys';
import { CLOSE } from '../../server/protocol';
import { REFUSAL } from '../../server/sealed-write-check';
import { UNAUTHORIZED_REASON } from '../../server/socket';
import type { RunningServer } from '../../server/server';
import { serverFixtures } from './fixtures';
import { newToken, waitUntil } from './helpers';
import {
  envelopeMessage,
  openSealedSocket,
  receivedOf,
  registerSealedLetter,
  type SealedSocket,
} from './sealed-helpers';

const { serve, closeAfter } = serverFixtures();

const HELLO = encodeSealedClientMessage({ type: 'hello', after: 0 });

/** A socket that has said hello and heard `caught-up`, so it gets every relay from now on. */
async function listening(server: RunningServer, letterId: string, token: string): Promise<SealedSocket> {
  const socket = await openSealedSocket(server.url, letterId, token);
  closeAfter(socket);
  socket.send(HELLO);
  await waitUntil('caught-up', () => receivedOf(socket, 'caught-up').length > 0);
  return socket;
}

async function sealedLetter(input: Parameters<typeof serve>[0] = {}) {
  const server = await serve(input);
  const keys = createLetterKeys();
  const { letterId, tokens } = await registerSealedLetter(server, keys);
  return { server, keys, letterId, tokens };
}

describe('sealed relay: who may write', () => {
  it('refuses a viewer’s update, even one signed with the editor key, and stores and relays nothing', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const editor = await listening(server, letterId, tokens.editor);
    const viewer = await listening(server, letterId, tokens.viewer);
    viewer.send(envelopeMessage(letterId, keys, { counter: 1 }));
    await waitUntil('the refusal', () => receivedOf(viewer, 'refused').length > 0);
    expect(receivedOf(viewer, 'refused')).toEqual([
      { type: 'refused', counter: 1, reason: REFUSAL.readOnly },
    ]);

    editor.send(envelopeMessage(letterId, keys, { counter: 1 }));
    await waitUntil('the editor’s envelope to be relayed', () => receivedOf(viewer, 'relay').length > 0);
    await waitUntil('the editor’s envelope to be stored', () => receivedOf(editor, 'stored').length > 0);
    expect(receivedOf(editor, 'stored')).toEqual([{ type: 'stored', counter: 1, seq: 1 }]);
    expect(receivedOf(editor, 'relay')).toEqual([]);
  });

  it('refuses an update signed with another key or not signed at all', async () => {
    const { server, letterId, tokens } = await sealedLetter();
    const editor = await listening(server, letterId, tokens.editor);
    editor.send(envelopeMessage(letterId, createLetterKeys(), { counter: 1 }));
    await waitUntil('the refusal', () => receivedOf(editor, 'refused').length > 0);
    expect(receivedOf(editor, 'refused')[0]?.reason).toBe(REFUSAL.badSignature);
    expect(receivedOf(editor, 'stored')).toEqual([]);
  });

  it('closes a stranger’s socket with 4401 before it hears anything', async () => {
    const { server, letterId } = await sealedLetter();
    const stranger = await openSealedSocket(server.url, letterId, newToken());
    closeAfter(stranger);
    expect(await stranger.closed).toEqual({ code: CLOSE.unauthorized, reason: UNAUTHORIZED_REASON });
    expect(stranger.received).toEqual([]);
  });

  it('relays a viewer’s unsigned presence to the others and stores none', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const editor = await listening(server, letterId, tokens.editor);
    const viewer = await listening(server, letterId, tokens.viewer);
    viewer.send(envelopeMessage(letterId, viewerKeys(keys), { kind: 'presence', counter: 0 }));
    await waitUntil('the presence relay', () => receivedOf(editor, 'relay').length > 0);
    expect(receivedOf(editor, 'relay')[0]?.seq).toBe(0);
    const late = await listening(server, letterId, tokens.editor);
    expect(receivedOf(late, 'caught-up')).toEqual([{ type: 'caught-up', latest: 0 }]);
    expect(receivedOf(late, 'relay')).toEqual([]);
  });
});

describe('sealed relay: hostile input and limits', () => {
  it('closes a socket that sends bytes that are not a message, or an envelope that is not one, and serves the others', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const editor = await listening(server, letterId, tokens.editor);
    const reader = await listening(server, letterId, tokens.viewer);
    const noise = await listening(server, letterId, tokens.editor);
    noise.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2]));
    expect((await noise.closed).code).toBe(CLOSE.malformed);
    const garbage = await listening(server, letterId, tokens.editor);
    garbage.send(encodeSealedClientMessage({ type: 'envelope', envelope: new Uint8Array(200).fill(9) }));
    expect((await garbage.closed).code).toBe(CLOSE.malformed);

    editor.send(envelopeMessage(letterId, keys, { counter: 1 }));
    await waitUntil('the relay to the reader', () => receivedOf(reader, 'relay').length === 1);
    await waitUntil('the acknowledgement', () => receivedOf(editor, 'stored').length === 1);
    expect(receivedOf(editor, 'stored')).toEqual([{ type: 'stored', counter: 1, seq: 1 }]);
  });

  it('closes a socket that sends an envelope over the message limit with 1009, and serves the others', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter({ limits: { maxMessageBytes: 4096 } });
    const editor = await listening(server, letterId, tokens.editor);
    const reader = await listening(server, letterId, tokens.viewer);
    const big = await listening(server, letterId, tokens.editor);
    big.send(envelopeMessage(letterId, keys, { counter: 1 }, new Uint8Array(8192)));
    expect((await big.closed).code).toBe(CLOSE.tooBig);

    editor.send(envelopeMessage(letterId, keys, { counter: 1 }, new Uint8Array(1000)));
    await waitUntil('the relay to the reader', () => receivedOf(reader, 'relay').length === 1);
    expect(receivedOf(reader, 'relay')[0]?.seq).toBe(1);
  });

  it('closes a writer whose envelopes would take the letter past its size limit with 4413', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter({ limits: { maxDocBytes: 3000 } });
    const editor = await listening(server, letterId, tokens.editor);
    editor.send(envelopeMessage(letterId, keys, { counter: 1 }, new Uint8Array(1000)));
    editor.send(envelopeMessage(letterId, keys, { counter: 2 }, new Uint8Array(1000)));
    await waitUntil('two envelopes stored', () => receivedOf(editor, 'stored').length === 2);
    editor.send(envelopeMessage(letterId, keys, { counter: 3 }, new Uint8Array(1000)));
    expect((await editor.closed).code).toBe(CLOSE.letterTooLarge);
    expect(receivedOf(editor, 'stored').map((stored) => stored.seq)).toEqual([1, 2]);
  });

  it('closes a socket that floods presence with 1008', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter({
      limits: { presenceMessageBurst: 3, presenceMessagesPerSecond: 1 },
    });
    const editor = await listening(server, letterId, tokens.editor);
    for (let message = 0; message < 10; message += 1) {
      editor.send(envelopeMessage(letterId, keys, { kind: 'presence', counter: 0 }));
    }
    expect((await editor.closed).code).toBe(CLOSE.policy);
  });
});

describe('sealed relay: snapshot leases', () => {
  it('grants one lease at a time, again once its holder leaves, and never to a viewer', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const first = await listening(server, letterId, tokens.editor);
    const second = await listening(server, letterId, tokens.owner);
    const viewer = await listening(server, letterId, tokens.viewer);
    first.send(envelopeMessage(letterId, keys, { counter: 1 }));
    await waitUntil('the envelope to be stored', () => receivedOf(first, 'stored').length === 1);

    const ask = encodeSealedClientMessage({ type: 'lease', covers: 1 });
    first.send(ask);
    await waitUntil('the first answer', () => receivedOf(first, 'lease').length === 1);
    second.send(ask);
    viewer.send(ask);
    await waitUntil(
      'the other answers',
      () => receivedOf(second, 'lease').length + receivedOf(viewer, 'lease').length === 2,
    );
    expect(receivedOf(first, 'lease')).toEqual([{ type: 'lease', granted: true, covers: 1 }]);
    expect(receivedOf(second, 'lease')).toEqual([{ type: 'lease', granted: false, covers: 1 }]);
    expect(receivedOf(viewer, 'lease')).toEqual([{ type: 'lease', granted: false, covers: 1 }]);

    first.ws.close();
    await first.closed;
    await waitUntil('the lease to pass to the other editor', () => {
      second.send(ask);
      return receivedOf(second, 'lease').some((lease) => lease.granted);
    });
  });

  it('passes the lease on at once when its holder sends a change instead of a snapshot', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter();
    const holder = await listening(server, letterId, tokens.editor);
    const other = await listening(server, letterId, tokens.owner);
    holder.send(encodeSealedClientMessage({ type: 'lease', covers: 0 }));
    await waitUntil('the lease', () => receivedOf(holder, 'lease').length === 1);
    holder.send(envelopeMessage(letterId, keys, { counter: 1 }));
    // The change reaches the other before it is stored; a lease is for stored numbers only.
    await waitUntil('the change to be stored', () => receivedOf(other, 'durable').length === 1);
    other.send(encodeSealedClientMessage({ type: 'lease', covers: 1 }));
    await waitUntil('the answer', () => receivedOf(other, 'lease').length === 1);
    expect(receivedOf(other, 'lease')).toEqual([{ type: 'lease', granted: true, covers: 1 }]);
  });

  it('lets a lease lapse after its time, and refuses a snapshot without one or for other sequences', async () => {
    const { server, keys, letterId, tokens } = await sealedLetter({ snapshotLeaseMs: 200 });
    const holder = await listening(server, letterId, tokens.editor);
    const other = await listening(server, letterId, tokens.owner);
    holder.send(encodeSealedClientMessage({ type: 'lease', covers: 0 }));
    await waitUntil('the lease', () => receivedOf(holder, 'lease').length === 1);
    expect(receivedOf(holder, 'lease')[0]?.granted).toBe(true);

    other.send(envelopeMessage(letterId, keys, { kind: 'snapshot', counter: 0, covers: 0 }));
    holder.send(envelopeMessage(letterId, keys, { kind: 'snapshot', counter: 0, covers: 3 }));
    await waitUntil(
      'both refusals',
      () => receivedOf(other, 'refused').length + receivedOf(holder, 'refused').length === 2,
    );
    expect(receivedOf(other, 'refused')[0]?.reason).toBe(REFUSAL.noLease);
    expect(receivedOf(holder, 'refused')[0]?.reason).toBe(REFUSAL.noLease);

    const ask = encodeSealedClientMessage({ type: 'lease', covers: 0 });
    await waitUntil('the lapsed lease to go to the other editor', () => {
      other.send(ask);
      return receivedOf(other, 'lease').some((lease) => lease.granted);
    });
  });
});
