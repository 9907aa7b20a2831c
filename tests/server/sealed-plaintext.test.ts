import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SealedPresence } from '../../src-common/collab/sealed-presence';
import { createLetterKeys, viewerKeys } from '../../src-common/crypto/letter-keys';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { filesUnder, hits, pieces } from '../support/plaintext-search';
import { serverFixtures } from './fixtures';
import { waitUntil } from './helpers';
import {
  bodyText,
  connectSealedClient,
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

// Words no server would hold unless it kept what the clients wrote.
const BODY = 'Qurbanjan Tursunova asks the Zhangjiakou bureau to release the Ghulja correspondents at once. ';
const TITLE = 'Joint appeal on Yarkandi archivists, draft nineteen';
const NOTE = 'Testimony gathered by Mehrigul Abdukerim in Almaty';
const SIGNATORY = 'Friends of the Taklamakan Oral History Circle';
const PRESENCE_NAME = 'Gulnisa Imin-Hasanova';

function expectNoHits(files: readonly string[], secrets: readonly Buffer[]): void {
  for (const file of files) {
    expect({ file, hits: hits(readFileSync(file), secrets) }).toEqual({ file, hits: [] });
  }
}

function write(client: SealedClient, words: string): void {
  const doc = client.doc;
  doc.transact(() => doc.getText('body').insert(doc.getText('body').length, words));
}

describe('sealed relay: the server never holds plaintext', () => {
  it('keeps no 8-character piece of the letter, its title, notes, signatories or names in its files or log', async () => {
    const log: string[] = [];
    const server = await serve({ log: (line) => log.push(line) });
    const keys = createLetterKeys();
    const { letterId, tokens } = await registerSealedLetter(server, keys);
    const connect = async (...args: Parameters<typeof connectSealedClient>) => {
      const client = await connectSealedClient(...args);
      clients.push(client);
      return client;
    };
    // The owner's two sentences and the editor's three changes of one tick make three envelopes.
    const compaction = { envelopes: 3, bytes: 1 << 30 };
    const owner = await connect(server.url, letterId, tokens.owner, keys, { compaction });
    const editor = await connect(server.url, letterId, tokens.editor, keys, { compaction });
    await Promise.all([waitSealedSynced(owner), waitSealedSynced(editor)]);
    const awareness = new awarenessProtocol.Awareness(editor.doc);
    const presence = new SealedPresence({
      letterId,
      keys,
      awareness,
      writerId: newWriterId(),
      send: (bytes) => editor.socket.send(bytes),
    });
    presence.connected();
    awareness.setLocalStateField('user', { name: PRESENCE_NAME, color: '#aa3355' });

    for (const sentence of BODY.split('. ')) {
      write(owner, `${sentence}. `);
      await waitSealedSynced(owner);
    }
    editor.doc.getMap('meta').set('title', TITLE);
    editor.doc.getArray<string>('notes').push([NOTE]);
    editor.doc.getArray<string>('signatories').push([SIGNATORY]);
    await waitUntil(
      'both copies to hold everything',
      () => owner.doc.getArray('signatories').length === 1 && bodyText(editor.doc) === bodyText(owner.doc),
    );
    await Promise.all([waitSealedSynced(owner), waitSealedSynced(editor)]);
    presence.destroy();
    // The session compacted at least once, so a sealed snapshot of the whole letter is among the files searched.
    await waitUntil('a snapshot to be stored', () =>
      [owner, editor].some((client) =>
        receivedOf(client.socket, 'stored').some((stored) => stored.counter === 0),
      ),
    );
    const secrets = pieces([BODY, TITLE, NOTE, SIGNATORY, PRESENCE_NAME]);
    // While the server runs, its -wal and -shm files hold the newest pages: search them too.
    const whileRunning = filesUnder(server.config.dataDir);
    expect(whileRunning.some((file) => file.endsWith('collab.sqlite-wal'))).toBe(true);
    expectNoHits(whileRunning, secrets);
    await server.close();

    const restarted = await serve({
      dataDir: server.config.dataDir,
      instanceKey: server.instanceKey,
      log: (line) => log.push(line),
    });
    const reader = await connect(restarted.url, letterId, tokens.viewer, viewerKeys(keys));
    await waitSealedSynced(reader);
    expect(bodyText(reader.doc)).toBe(bodyText(owner.doc));
    expect(reader.doc.getMap('meta').get('title')).toBe(TITLE);
    expect([...owner.problems, ...editor.problems, ...reader.problems]).toEqual([]);
    await restarted.close();

    // The search finds what is there: a plain Yjs copy of the letter holds every piece of its own texts.
    expect(
      hits(Buffer.from(Y.encodeStateAsUpdate(owner.doc)), pieces([BODY, TITLE, NOTE, SIGNATORY])),
    ).toHaveLength(pieces([BODY, TITLE, NOTE, SIGNATORY]).length);
    const files = filesUnder(server.config.dataDir);
    expect(files.some((file) => file.endsWith('collab.sqlite'))).toBe(true);
    expectNoHits(files, secrets);
    expect(hits(Buffer.from(log.join('\n')), secrets)).toEqual([]);
  });
});
