import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  freshSealedSyncState,
  SealedDocSync,
  type SealedSyncProblem,
} from '../../src-common/collab/sealed-doc-sync';
import { createLetterKeys, viewerKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { DATABASE_FILE } from '../../server/store/database';
import { killHard, spawnServer, type ServerProcess } from '../soak/server-process';
import { tempDir } from '../support/temp';
import { waitUntil } from './helpers';
import { bodyText, openSealedSocket, registerSealedLetter, type SealedSocket } from './sealed-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

async function serverProcess(dataDir: string): Promise<ServerProcess> {
  const server = await spawnServer(dataDir);
  cleanups.push(() => server.child.exitCode === null && server.child.kill('SIGKILL'));
  return server;
}

/**
 * Holds the database's write lock from this process, as a slow disk would: the server goes on numbering and relaying
 * envelopes, and its commit waits (up to its busy timeout, 5 s) until `release`.
 */
function holdWrites(dataDir: string): { release: () => void } {
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.exec('BEGIN IMMEDIATE');
  const release = (): void => {
    if (db.open) {
      db.exec('ROLLBACK');
      db.close();
    }
  };
  cleanups.push(release);
  return { release };
}

/** One computer as the app runs it: one Y.Doc and one SealedDocSync, and a socket to whichever server runs now. */
class Copy {
  readonly doc = new Y.Doc();
  readonly problems: SealedSyncProblem[] = [];
  readonly sync: SealedDocSync;
  private socket: SealedSocket | null = null;
  /** A viewer's checks on changes the server lost, due after a grace period the test ends with `graceOver`. */
  private readonly dueAfterGrace = new Set<() => void>();

  constructor(
    private readonly letterId: string,
    private readonly token: string,
    keys: LetterKeys,
  ) {
    this.sync = new SealedDocSync({
      letterId,
      keys,
      doc: this.doc,
      state: freshSealedSyncState(newWriterId()),
      send: (bytes) => this.socket?.send(bytes),
      onProblem: (problem) => this.problems.push(problem),
      checkLostLater: (run) => {
        this.dueAfterGrace.add(run);
        return () => this.dueAfterGrace.delete(run);
      },
    });
    cleanups.push(() => this.gone());
  }

  /** The grace period is over: what the copy checks then has taken effect. */
  async graceOver(): Promise<void> {
    const due = [...this.dueAfterGrace];
    this.dueAfterGrace.clear();
    due.forEach((run) => run());
    await this.sync.settled();
  }

  get text(): string {
    return bodyText(this.doc);
  }

  async connect(server: ServerProcess): Promise<void> {
    const socket = await openSealedSocket(server.url, this.letterId, this.token, (bytes) =>
      this.sync.receive(bytes),
    );
    this.socket = socket;
    socket.ws.on('close', () => this.sync.disconnected());
    this.sync.connected();
  }

  /** Waits for the socket to notice its server is gone. */
  async disconnected(): Promise<void> {
    await this.socket?.closed;
  }

  write(words: string): void {
    const body = this.doc.getText('body');
    body.insert(body.length, words);
  }

  synced(): Promise<void> {
    return waitUntil('the copy to sync', () => this.sync.synced);
  }

  /** The computer is gone, and whatever it had not sent with it. */
  gone(): void {
    this.socket?.ws.terminate();
    this.sync.destroy();
  }
}

async function sealedLetter() {
  const dataDir = tempDir('undersigned-server-');
  const server = await serverProcess(dataDir);
  const keys = createLetterKeys();
  const { letterId, tokens } = await registerSealedLetter(server, keys);
  return { dataDir, server, keys, letterId, tokens };
}

/** Kills the server with SIGKILL while `change` is relayed and not stored, and waits for the copies to notice. */
async function crashBeforeStoring(
  dataDir: string,
  server: ServerProcess,
  change: () => void,
  relayedTo: Copy,
  copies: Copy[],
): Promise<void> {
  const writes = holdWrites(dataDir);
  const before = relayedTo.text;
  change();
  await waitUntil('the relay', () => relayedTo.text !== before);
  await killHard(server.child);
  writes.release();
  await Promise.all(copies.map((copy) => copy.disconnected()));
}

describe('sealed relay: a crash between relaying and storing loses nothing', () => {
  it('sends a running writer’s change again under the counter the server never stored, with no alarm', async () => {
    const { dataDir, server, keys, letterId, tokens } = await sealedLetter();
    const writer = new Copy(letterId, tokens.editor, keys);
    const reader = new Copy(letterId, tokens.viewer, viewerKeys(keys));
    await Promise.all([writer.connect(server), reader.connect(server)]);
    writer.write('Dear Commissioner, ');
    await writer.synced();
    await waitUntil('the reader to hold it stored', () => reader.sync.remembered().lastSeq === 1);

    await crashBeforeStoring(dataDir, server, () => writer.write('we object.'), reader, [writer, reader]);
    expect(reader.text).toBe('Dear Commissioner, we object.');
    expect(writer.sync.synced).toBe(false);

    const restarted = await serverProcess(dataDir);
    await reader.connect(restarted);
    await waitUntil('the reader caught up', () => reader.sync.synced);
    await writer.connect(restarted);
    await writer.synced();
    await waitUntil('the reader to hold the change stored', () => reader.sync.remembered().lastSeq === 2);
    await reader.graceOver();
    const newcomer = new Copy(letterId, tokens.viewer, viewerKeys(keys));
    await newcomer.connect(restarted);
    await waitUntil('the newcomer to catch up', () => newcomer.sync.synced);
    expect(newcomer.text).toBe('Dear Commissioner, we object.');
    expect(reader.text).toBe(newcomer.text);
    expect([...writer.problems, ...reader.problems, ...newcomer.problems]).toEqual([]);
  });

  it('has a reader send a change that only it still holds, after the server and its writer both lost it', async () => {
    const { dataDir, server, keys, letterId, tokens } = await sealedLetter();
    const writer = new Copy(letterId, tokens.editor, keys);
    const reader = new Copy(letterId, tokens.editor, keys);
    await Promise.all([writer.connect(server), reader.connect(server)]);
    writer.write('Dear Commissioner, ');
    await writer.synced();
    await waitUntil('the reader to hold it stored', () => reader.sync.remembered().lastSeq === 1);

    await crashBeforeStoring(dataDir, server, () => writer.write('we object.'), reader, [writer, reader]);
    writer.gone();

    // A co-editor is back first: her change takes number 2, the number the reader saw for the lost one.
    const restarted = await serverProcess(dataDir);
    const coEditor = new Copy(letterId, tokens.editor, keys);
    await coEditor.connect(restarted);
    await coEditor.synced();
    coEditor.write(' Yours,');
    await coEditor.synced();
    await reader.connect(restarted);
    await reader.synced();
    await waitUntil('the co-editor to get the lost change', () => coEditor.text.includes('we object.'));
    const newcomer = new Copy(letterId, tokens.viewer, viewerKeys(keys));
    await newcomer.connect(restarted);
    await waitUntil('the newcomer to catch up', () => newcomer.sync.synced);
    expect(newcomer.text).toContain('we object.');
    expect(newcomer.text).toContain(' Yours,');
    expect(reader.text).toBe(newcomer.text);
    expect(coEditor.text).toBe(newcomer.text);
    expect([...reader.problems, ...coEditor.problems, ...newcomer.problems]).toEqual([]);
  });

  it('has a viewer that alone still holds such a change keep it and, once its writer had time, say so', async () => {
    const { dataDir, server, keys, letterId, tokens } = await sealedLetter();
    const writer = new Copy(letterId, tokens.editor, keys);
    const viewer = new Copy(letterId, tokens.viewer, viewerKeys(keys));
    await Promise.all([writer.connect(server), viewer.connect(server)]);
    writer.write('Dear Commissioner, ');
    await writer.synced();
    await waitUntil('the viewer to hold it stored', () => viewer.sync.remembered().lastSeq === 1);

    await crashBeforeStoring(dataDir, server, () => writer.write('we object.'), viewer, [writer, viewer]);
    writer.gone();
    const restarted = await serverProcess(dataDir);
    await viewer.connect(restarted);
    await waitUntil('the viewer to catch up', () => viewer.sync.synced);
    await viewer.sync.settled();
    expect(viewer.problems).toEqual([]);
    await viewer.graceOver();
    expect(viewer.problems).toEqual([{ kind: 'held-alone' }]);
    expect(viewer.text).toBe('Dear Commissioner, we object.');
    const newcomer = new Copy(letterId, tokens.viewer, viewerKeys(keys));
    await newcomer.connect(restarted);
    await waitUntil('the newcomer to catch up', () => newcomer.sync.synced);
    expect(newcomer.text).toBe('Dear Commissioner, ');
  });
});
