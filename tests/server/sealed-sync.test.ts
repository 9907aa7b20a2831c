import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decodeSealedServerMessage,
  encodeSealedClientMessage,
} from '../../src-common/collab/sealed-messages';
import { createLetterKeys } from '../../src-common/crypto/letter-keys';
import { DATABASE_FILE } from '../../server/store/database';
import { serverFixtures } from './fixtures';
import { waitUntil } from './helpers';
import {
  bodyText,
  connectSealedClient,
  envelopeMessage,
  openSealedSocket,
  receivedOf,
  registerSealedLetter,
  waitSealedSynced,
  type SealedClient,
} from './sealed-helpers';

const { serve } = serverFixtures();
const clients: SealedClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((client) => client.socket.ws.terminate());
});

async function client(...args: Parameters<typeof connectSealedClient>): Promise<SealedClient> {
  const connected = await connectSealedClient(...args);
  clients.push(connected);
  return connected;
}

function envelopeRows(dataDir: string): { seq: number; epoch: number }[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT seq, epoch FROM sealed_envelopes ORDER BY seq').all() as {
      seq: number;
      epoch: number;
    }[];
  } finally {
    db.close();
  }
}

describe('sealed relay: syncing', () => {
  it('lets two editors exchange sealed updates and converge', async () => {
    const server = await serve();
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const owner = await client(server.url, letterId, tokens.owner, keys);
    const editor = await client(server.url, letterId, tokens.editor, keys);
    await Promise.all([waitSealedSynced(owner), waitSealedSynced(editor)]);

    owner.doc.getText('body').insert(0, 'Dear Minister, ');
    editor.doc.getText('body').insert(0, 'We write ');
    owner.doc.getText('body').insert(0, 'Re: ');

    await waitUntil(
      'both copies to hold every change',
      () => bodyText(owner.doc).length === 28 && bodyText(owner.doc) === bodyText(editor.doc),
    );
    await Promise.all([waitSealedSynced(owner), waitSealedSynced(editor)]);
    expect(owner.problems).toEqual([]);
    expect(editor.problems).toEqual([]);
    // The owner's two edits of one tick went out as one envelope.
    expect(envelopeRows(server.config.dataDir).map((row) => row.seq)).toEqual([1, 2]);
  });

  it('acknowledges an envelope only once its row is on disk', async () => {
    const server = await serve();
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const file = join(server.config.dataDir, DATABASE_FILE);
    const foundWhenAcked: unknown[] = [];
    const socket = await openSealedSocket(server.url, letterId, tokens.editor, (bytes) => {
      const message = decodeSealedServerMessage(bytes);
      if (message?.type !== 'stored') {
        return;
      }
      // Read the file on another connection the moment the ack arrives, before anything else can run.
      const db = new Database(file, { readonly: true });
      foundWhenAcked.push(
        db.prepare('SELECT seq, counter FROM sealed_envelopes WHERE seq = ?').get(message.seq) ?? null,
      );
      db.close();
    });
    socket.send(encodeSealedClientMessage({ type: 'hello', after: 0 }));
    for (let counter = 1; counter <= 5; counter += 1) {
      socket.send(envelopeMessage(letterId, keys, { counter }));
    }
    await waitUntil('five acknowledgements', () => foundWhenAcked.length === 5);
    socket.ws.terminate();
    expect(foundWhenAcked).toEqual([1, 2, 3, 4, 5].map((seq) => ({ seq, counter: seq })));
  });

  it('gives a late joiner the snapshot and the tail, and the snapshot drops the envelopes it covers', async () => {
    const server = await serve();
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const writer = await client(server.url, letterId, tokens.owner, keys, {
      compaction: { envelopes: 5, bytes: 1 << 30 },
    });
    await waitSealedSynced(writer);
    for (let word = 0; word < 5; word += 1) {
      writer.doc.getText('body').insert(bodyText(writer.doc).length, `word${word} `);
      await waitSealedSynced(writer);
    }
    await waitUntil('the snapshot to be stored', () =>
      receivedOf(writer.socket, 'stored').some((stored) => stored.counter === 0),
    );
    const snapshot = receivedOf(writer.socket, 'stored').find((stored) => stored.counter === 0);
    expect(snapshot?.seq).toBe(5);
    writer.doc.getText('body').insert(0, 'Tail. ');
    await waitSealedSynced(writer);

    const joiner = await client(server.url, letterId, tokens.viewer, keys);
    await waitSealedSynced(joiner);
    expect(bodyText(joiner.doc)).toBe(bodyText(writer.doc));
    const relays = receivedOf(joiner.socket, 'relay');
    expect(relays.map((relay) => relay.seq)).toEqual([5, 6]);
    expect(envelopeRows(server.config.dataDir).map((row) => row.seq)).toEqual([6]);
    expect(joiner.problems).toEqual([]);
    expect(writer.problems).toEqual([]);
  });

  it('keeps a letter across a restart: a returning client catches up and new envelopes number on', async () => {
    const first = await serve();
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(first, keys);
    const writer = await client(first.url, letterId, tokens.editor, keys);
    await waitSealedSynced(writer);
    writer.doc.getText('body').insert(0, 'Before the restart. ');
    await waitSealedSynced(writer);
    const remembered = await writer.leave();
    await first.close();

    const second = await serve({ dataDir: first.config.dataDir, instanceKey: first.instanceKey });
    const back = await client(second.url, letterId, tokens.editor, keys, {
      doc: writer.doc,
      state: remembered,
    });
    await waitSealedSynced(back);
    back.doc.getText('body').insert(0, 'After. ');
    await waitSealedSynced(back);
    const fresh = await client(second.url, letterId, tokens.viewer, keys);
    await waitSealedSynced(fresh);
    expect(bodyText(fresh.doc)).toBe('After. Before the restart. ');
    expect(receivedOf(back.socket, 'stored').map((stored) => stored.seq)).toEqual([2]);
    expect([...back.problems, ...fresh.problems]).toEqual([]);
  });

  it('unloads a sealed letter nobody is connected to, and serves it again from disk', async () => {
    const server = await serve({ idleUnloadMs: 50 });
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const writer = await client(server.url, letterId, tokens.editor, keys);
    await waitSealedSynced(writer);
    writer.doc.getText('body').insert(0, 'Kept while unloaded.');
    await waitSealedSynced(writer);
    await writer.leave();
    await waitUntil('the letter to unload', () => !server.isLoaded(letterId));

    const reader = await client(server.url, letterId, tokens.viewer, keys);
    await waitSealedSynced(reader);
    expect(server.isLoaded(letterId)).toBe(true);
    expect(bodyText(reader.doc)).toBe('Kept while unloaded.');
  });
});
