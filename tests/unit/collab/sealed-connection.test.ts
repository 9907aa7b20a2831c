import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  freshSealedSyncState,
  sealedSyncStateFromText,
  sealedSyncStateToText,
  type SealedSyncProblem,
  type SealedSyncState,
} from '../../../src-common/collab/sealed-sync-state';
import { createLetterKeys, type LetterKeys } from '../../../src-common/crypto/letter-keys';
import { newWriterId } from '../../../src-common/crypto/writer-order';
import { SealedConnection, type SocketLike } from '../../../src-renderer/collab/sealed-connection';
import { sealedStatusSource } from '../../../src-renderer/collab/sealed-status';
import { startRelaySocketServer, type RelaySocketServer } from '../../support/sealed-relay-socket';

const LETTER = 'letter-over-sockets';
const running: { stop(): unknown }[] = [];

afterEach(async () => {
  for (const item of running.splice(0).reverse()) {
    await item.stop();
  }
});

function wsSocket(url: string, protocols: string[]): SocketLike {
  return new WebSocket(url, protocols) as unknown as SocketLike;
}

function client(
  server: RelaySocketServer,
  keys: LetterKeys,
  name: string,
  kept: { state?: SealedSyncState; remember?: (state: SealedSyncState) => void } = {},
) {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalStateField('user', { name });
  const problems: SealedSyncProblem[] = [];
  const connection = new SealedConnection({
    url: server.url,
    protocols: ['undersigned'],
    createSocket: wsSocket,
    letterId: LETTER,
    keys,
    doc,
    awareness,
    state: kept.state ?? freshSealedSyncState(newWriterId()),
    remember: kept.remember ?? (() => undefined),
    onProblem: (problem) => problems.push(problem),
  });
  connection.start();
  running.push(connection);
  const names = () =>
    [...awareness.getStates().values()].map((state) => (state as { user?: { name?: string } }).user?.name);
  return { doc, connection, problems, names, text: () => doc.getText('body').toString() };
}

async function serve(keys: LetterKeys): Promise<RelaySocketServer> {
  const server = await startRelaySocketServer(LETTER, keys.verifyKey);
  running.push(server);
  return server;
}

describe('a sealed letter over a real socket', () => {
  it('carries edits and presence both ways, and says synced once stored', async () => {
    const keys = createLetterKeys();
    const server = await serve(keys);
    const alice = client(server, keys, 'Alice');
    const bob = client(server, keys, 'Bob');
    await expect.poll(() => alice.connection.status().synced).toBe(true);
    alice.doc.getText('body').insert(0, 'Dear Commissioner,');
    await expect.poll(bob.text).toBe('Dear Commissioner,');
    await expect.poll(() => alice.connection.status()).toMatchObject({ synced: true, waiting: 0 });
    await expect.poll(() => bob.names().sort()).toEqual(['Alice', 'Bob']);
    expect([...alice.problems, ...bob.problems]).toEqual([]);
  });

  it('keeps edits made while the server is away and sends them when it lets the socket back in', async () => {
    const keys = createLetterKeys();
    const server = await serve(keys);
    const alice = client(server, keys, 'Alice');
    const bob = client(server, keys, 'Bob');
    await expect.poll(() => alice.connection.status().synced && bob.connection.status().synced).toBe(true);
    server.closeAll(1001, 'restarting');
    await expect.poll(() => alice.connection.status().open).toBe(false);
    alice.doc.getText('body').insert(0, 'Written while the server restarted.');
    expect(alice.connection.status().waiting).toBeGreaterThan(0);
    alice.connection.retryNow();
    await expect.poll(bob.text, { timeout: 10_000 }).toBe('Written while the server restarted.');
    await expect
      .poll(() => alice.connection.status())
      .toMatchObject({ open: true, synced: true, waiting: 0 });
  });

  it('says in the status that a change failed its checks, until the next connection opens', async () => {
    const keys = createLetterKeys();
    const server = await serve(keys);
    const alice = client(server, keys, 'Alice');
    alice.doc.getText('body').insert(0, 'Written under the letter’s own keys.');
    await expect.poll(() => alice.connection.status().synced).toBe(true);
    const stranger = client(server, createLetterKeys(), 'Stranger');
    const line = sealedStatusSource(stranger.connection, 'editor');
    await expect
      .poll(() => line.status())
      .toMatchObject({ kind: 'problem', message: /could not be verified/u });
    expect(stranger.text()).toBe('');
    // Alice leaves, so her presence, which the stranger cannot open either, does not bring the problem back.
    alice.connection.stop();
    server.closeAll(1001, 'restarting');
    await expect.poll(() => stranger.connection.status()).toMatchObject({ open: true, problem: null });
    await expect.poll(() => line.status()).toEqual({ kind: 'synced' });
  });

  it('stops trying, and says why, when the server turns the link away', async () => {
    const keys = createLetterKeys();
    const server = await serve(keys);
    server.refuseWith(4401);
    const alice = client(server, keys, 'Alice');
    await expect.poll(() => alice.connection.status().refusal).toBe('This link was revoked.');
    expect(alice.connection.status().open).toBe(false);
  });

  it('tells a newcomer who is here at once, not at the next renewal of presence seconds later', async () => {
    const keys = createLetterKeys();
    const server = await serve(keys);
    const alice = client(server, keys, 'Alice');
    await expect.poll(() => alice.connection.status().synced).toBe(true);
    const bob = client(server, keys, 'Bob');
    // The poll gives up after a second; presence renews itself only every fifteen.
    await expect.poll(() => bob.names().sort()).toEqual(['Alice', 'Bob']);
    await expect.poll(() => alice.names().sort()).toEqual(['Alice', 'Bob']);
  });

  it('after a restart, takes up the envelopes that follow where it left off, with no false alarm', async () => {
    const keys = createLetterKeys();
    const server = await serve(keys);
    const alice = client(server, keys, 'Alice');
    let kept = '';
    const bob = client(server, keys, 'Bob', { remember: (state) => (kept = sealedSyncStateToText(state)) });
    for (const word of ['One. ', 'Two. ', 'Three. ']) {
      alice.doc.getText('body').insert(alice.text().length, word);
      await expect.poll(bob.text).toBe(alice.text());
    }
    bob.connection.stop();
    alice.doc.getText('body').insert(alice.text().length, 'Four.');
    await expect.poll(() => alice.connection.status().synced).toBe(true);
    const restarted = client(server, keys, 'Bob', { state: sealedSyncStateFromText(kept, newWriterId()) });
    Y.applyUpdate(restarted.doc, Y.encodeStateAsUpdate(bob.doc));
    await expect.poll(restarted.text).toBe('One. Two. Three. Four.');
    expect(restarted.problems).toEqual([]);
  });
});
