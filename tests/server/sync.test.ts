import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLOSE, encodeUpdate, MESSAGE_ACK, readAckStateVector } from '../../server/protocol';
import { readAck as decodeAck } from '../../src-common/collab/ack-message';
import type { RunningServer } from '../../server/server';
import { DATABASE_FILE } from '../../server/store/database';
import { loadStoredLetter } from '../../src-node/update-log/replay';
import {
  connectClient,
  covers,
  openRawSocket,
  ownChangesAcked,
  registerLetter,
  sameState,
  startTestServer,
  waitAcked,
  waitSynced,
  waitUntil,
  type TestClient,
} from './helpers';

const clients: TestClient[] = [];
const servers: RunningServer[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(input: Parameters<typeof startTestServer>[0] = {}): Promise<RunningServer> {
  const server = await startTestServer(input);
  servers.push(server);
  return server;
}

function client(server: RunningServer, letterId: string, token: string, doc?: Y.Doc): TestClient {
  const connected = connectClient(server.url, letterId, token, doc);
  clients.push(connected);
  return connected;
}

// What a fresh process would read from the server's data folder right now.
function storedDoc(dataDir: string, letterId: string): Y.Doc {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return loadStoredLetter(db, letterId).doc;
  } finally {
    db.close();
  }
}

describe('collaboration server: syncing', () => {
  it('answers GET /health', async () => {
    const server = await serve();
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('lets two editors converge on the same letter', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const alice = client(server, letterId, tokens.owner);
    const bob = client(server, letterId, tokens.editor);
    await Promise.all([waitSynced(alice), waitSynced(bob)]);
    alice.doc.getText('body').insert(0, 'Dear Minister, ');
    bob.doc.getMap('meta').set('title', 'Open letter');
    await waitUntil('both edits to reach both clients', () => {
      return (
        bob.doc.getText('body').toString() === 'Dear Minister, ' &&
        alice.doc.getMap('meta').get('title') === 'Open letter'
      );
    });
    bob.doc.getText('body').insert(15, 'we write ');
    alice.doc.getText('body').insert(0, '> ');
    await waitUntil('the concurrent edits to converge', () => sameState(alice.doc, bob.doc));
    expect(alice.doc.getText('body').toString()).toBe(bob.doc.getText('body').toString());
    expect(alice.doc.getText('body').toString()).toBe('> Dear Minister, we write ');
  });

  it('acknowledges a write with the stored state vector, once it is on disk', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const alice = client(server, letterId, tokens.editor);
    await waitSynced(alice);
    alice.doc.getText('body').insert(0, 'signed by 40 organizations');
    await waitAcked(alice);
    const acked = alice.acked();
    expect(acked?.get(alice.doc.clientID)).toBe(26);
    // The acknowledged state is already in the database file, as another process would read it.
    const stored = storedDoc(server.config.dataDir, letterId);
    expect(stored.getText('body').toString()).toBe('signed by 40 organizations');
    expect(covers(Y.decodeStateVector(Y.encodeStateVector(stored)), acked ?? new Map())).toBe(true);
  });

  it('serves the same letter after a restart on the same data folder', async () => {
    const first = await serve();
    const { letterId, tokens } = await registerLetter(first);
    const alice = client(first, letterId, tokens.editor);
    await waitSynced(alice);
    alice.doc.getText('body').insert(0, 'We, the undersigned');
    alice.doc.getMap('meta').set('status', 'circulating');
    await waitAcked(alice);
    alice.destroy();
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const second = await serve({ dataDir: first.config.dataDir });
    expect(second.instanceKey).toBe(first.instanceKey);
    const bob = client(second, letterId, tokens.viewer);
    await waitSynced(bob);
    expect(bob.doc.getText('body').toString()).toBe('We, the undersigned');
    expect(bob.doc.getMap('meta').get('status')).toBe('circulating');
    expect(sameState(bob.doc, alice.doc)).toBe(true);
  });

  it('unloads a letter nobody is connected to and loads it again on the next connection', async () => {
    const server = await serve({ idleUnloadMs: 50 });
    const { letterId, tokens } = await registerLetter(server);
    const alice = client(server, letterId, tokens.editor);
    await waitSynced(alice);
    alice.doc.getText('body').insert(0, 'kept');
    await waitAcked(alice);
    expect(server.isLoaded(letterId)).toBe(true);
    alice.provider.disconnect();
    await waitUntil('the letter to unload', () => !server.isLoaded(letterId));
    const bob = client(server, letterId, tokens.editor);
    await waitSynced(bob);
    expect(bob.doc.getText('body').toString()).toBe('kept');
  });

  it('compacts a long update log into a snapshot without losing anything', async () => {
    const server = await serve({ compaction: { updates: 20 } });
    const { letterId, tokens } = await registerLetter(server);
    const alice = client(server, letterId, tokens.editor);
    await waitSynced(alice);
    // Each change waits for its acknowledgement, so each is a batch, and a log row, of its own.
    for (let index = 0; index < 60; index += 1) {
      alice.doc.getText('body').insert(index, String(index % 10));
      await waitAcked(alice);
    }
    await waitAcked(alice);
    const db = new Database(join(server.config.dataDir, DATABASE_FILE), { readonly: true });
    const logged = db.prepare('SELECT count(*) AS n FROM letter_updates WHERE letter_id = ?').get(letterId);
    const snapshots = db
      .prepare('SELECT count(*) AS n FROM letter_snapshots WHERE letter_id = ?')
      .get(letterId);
    db.close();
    expect(z.object({ n: z.number().max(20) }).safeParse(logged).success).toBe(true);
    expect(snapshots).toEqual({ n: 1 });
    expect(storedDoc(server.config.dataDir, letterId).getText('body').toString()).toBe(
      alice.doc.getText('body').toString(),
    );
  });

  it('sends a new client the whole letter, never an empty one', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const alice = client(server, letterId, tokens.editor);
    await waitSynced(alice);
    alice.doc.getText('body').insert(0, 'x'.repeat(10_000));
    await waitAcked(alice);
    const bob = client(server, letterId, tokens.editor);
    let lengthWhenSynced = -1;
    bob.provider.on('sync', (synced: boolean) => {
      if (synced) {
        lengthWhenSynced = bob.doc.getText('body').length;
      }
    });
    await waitSynced(bob);
    expect(lengthWhenSynced).toBe(10_000);
  });

  it('never acknowledges a change it could not store, and stores it once the store works again', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const alice = client(server, letterId, tokens.editor);
    const bob = client(server, letterId, tokens.editor);
    await Promise.all([waitSynced(alice), waitSynced(bob)]);
    // A second connection to the same file makes every write fail, as a full or broken disk would.
    const admin = new Database(join(server.config.dataDir, DATABASE_FILE));
    admin.exec(
      `CREATE TRIGGER refuse BEFORE INSERT ON letter_updates BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    alice.doc.getText('body').insert(0, 'written while the disk was full');
    expect(await alice.closed()).toMatchObject({ code: CLOSE.serverError });
    // Bob may have received it (changes are passed on before they are stored), but alice was never told it is
    // stored, so she keeps it and sends it again.
    expect(ownChangesAcked(alice)).toBe(false);
    admin.exec('DROP TRIGGER refuse');
    admin.close();
    await waitAcked(alice);
    await waitUntil('bob to receive the change', () => bob.doc.getText('body').length > 0);
    expect(storedDoc(server.config.dataDir, letterId).getText('body').toString()).toBe(
      'written while the disk was full',
    );
  });

  it('keeps a change that arrives before what it depends on, and acknowledges it once both are stored', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const elsewhere = new Y.Doc();
    elsewhere.getText('body').insert(0, 'first ');
    const first = Y.encodeStateAsUpdate(elsewhere);
    elsewhere.getText('body').insert(6, 'second');
    const second = Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVectorFromUpdate(first));
    const socket = await openRawSocket(server.url, letterId, tokens.editor);
    const acks = (): Map<number, number>[] =>
      socket.received.filter((message) => message[0] === MESSAGE_ACK).map(readAck);
    socket.ws.send(encodeUpdate(second));
    await waitUntil('the first acknowledgement', () => acks().length === 1);
    expect(acks()[0]?.get(elsewhere.clientID)).toBeUndefined();
    // Stored all the same, waiting in the stored letter too: a client may already have received it in a sync reply.
    expect(storedDoc(server.config.dataDir, letterId).store.pendingStructs).not.toBeNull();
    socket.ws.send(encodeUpdate(first));
    await waitUntil('the second acknowledgement', () => acks().length === 2);
    expect(acks()[1]?.get(elsewhere.clientID)).toBe(12);
    expect(storedDoc(server.config.dataDir, letterId).getText('body').toString()).toBe('first second');
    socket.ws.terminate();
  });

  it('counts stored messages in each acknowledgement, so a change that only deletes is confirmed too', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const elsewhere = new Y.Doc();
    const updates: Uint8Array[] = [];
    elsewhere.on('update', (update: Uint8Array) => updates.push(update));
    elsewhere.getText('body').insert(0, 'draft');
    elsewhere.getText('body').delete(0, 2);
    const [insert, deletion] = updates;
    if (!insert || !deletion) {
      throw new Error('Expected two updates.');
    }
    const socket = await openRawSocket(server.url, letterId, tokens.editor);
    const counts = (): number[] =>
      socket.received.filter((message) => message[0] === MESSAGE_ACK).map(storedMessagesOf);
    socket.ws.send(encodeUpdate(insert));
    await waitUntil('the first acknowledgement', () => counts().length === 1);
    socket.ws.send(encodeUpdate(deletion));
    await waitUntil('the second acknowledgement', () => counts().length === 2);
    expect(counts()).toEqual([1, 2]);
    expect(storedDoc(server.config.dataDir, letterId).getText('body').toString()).toBe('aft');
    socket.ws.terminate();
  });
});

function storedMessagesOf(message: Uint8Array): number {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  return decodeAck(decoder).storedMessages;
}

function readAck(message: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  return readAckStateVector(decoder);
}
