import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { encodeSnapshotContent } from '../../src-common/collab/sealed-snapshot';
import { toBase64Url } from '../../src-common/crypto/base64url';
import { sealEnvelope } from '../../src-common/crypto/envelope';
import { WriterChain } from '../../src-common/crypto/update-chain';
import { newWriterId } from '../../src-common/crypto/writer-order';
import { DATABASE_FILE } from '../../server/store/database';
import { spawnServer } from '../../tests/soak/server-process';
import { registerSealed, type SealedBenchLetter } from './sealed-clients';
import type { openSealed } from './sealed-reader';
import type { Endpoint } from './sync-clients';

/** One sealed letter stored on a server (snapshot envelope and tail), and its whole state for a plaintext relay. */
export interface StoredLetter {
  dataDir: string;
  sealed: SealedBenchLetter;
  state: Uint8Array;
}

const WORDS =
  'the coalition asks the ministry to release the detained journalists and lawyers at once '.split(' ');

/** Single-character edits as a person types them, one Yjs update each. */
function typedUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('body');
  const words = WORDS.join(' ');
  for (let index = 0; index < count; index += 1) {
    text.insert(text.length, words[index % words.length] ?? 'x');
  }
  return updates;
}

function stateOf(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)));
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Registers the letter, then writes its rows straight into the stopped server's database (sending 10,000
 * changes through the socket would take the rate limit's minutes): `total` updates, of which all but `tail` are
 * folded into the snapshot.
 */
export async function prepareStoredLetter(
  dataDir: string,
  total: number,
  tail: number,
): Promise<StoredLetter> {
  const server = await spawnServer(dataDir);
  const sealed = await registerSealed(server.url, server.instanceKey);
  await server.kill();
  const updates = typedUpdates(total);
  const folded = total - tail;
  const snapshotState = stateOf(updates.slice(0, folded));
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.transaction(() => {
      writeSealed(db, sealed, snapshotState, updates.slice(folded), folded);
    })();
  } finally {
    db.close();
  }
  return { dataDir, sealed, state: stateOf(updates) };
}

/**
 * Writes a registered letter's sealed rows: a snapshot envelope of `snapshot` covering `covers`, then `log`, sealed
 * as the app seals them, each update linked to the one before.
 */
export function writeSealed(
  db: Database.Database,
  letter: SealedBenchLetter,
  snapshot: Uint8Array,
  log: Uint8Array[],
  covers: number,
): void {
  const { letterId, keys } = letter;
  const writerId = newWriterId();
  const content = encodeSnapshotContent({ update: snapshot, covered: { [toBase64Url(writerId)]: covers } });
  const sealedSnapshot = sealEnvelope(
    letterId,
    keys,
    { kind: 'snapshot', writerId, counter: 0, covers },
    content,
  );
  db.prepare(
    'INSERT INTO sealed_snapshots (letter_id, covers, writer_id, epoch, bytes, stored_at) VALUES (?, ?, ?, ?, ?, 0)',
  ).run(letterId, covers, writerId, keys.epoch, sealedSnapshot);
  const insert = db.prepare(
    `INSERT INTO sealed_envelopes (letter_id, seq, writer_id, counter, kind, epoch, bytes, stored_at)
     VALUES (?, ?, ?, ?, 'update', ?, ?, 0)`,
  );
  const chain = new WriterChain();
  log.forEach((update, index) => {
    const counter = covers + index + 1;
    const header = { kind: 'update' as const, writerId, counter, covers: 0 };
    const envelope = sealEnvelope(letterId, keys, header, chain.link(update));
    chain.sealed(envelope);
    insert.run(letterId, counter, writerId, counter, keys.epoch, envelope);
  });
  db.prepare('UPDATE sealed_letters SET latest_seq = ? WHERE letter_id = ?').run(
    covers + log.length,
    letterId,
  );
}

/**
 * Gives a plaintext relay the letter: a socket that sends its whole state and stays open, since the reference relay
 * keeps a letter in memory only while someone is connected. Resolves once the relay has it.
 */
export function seedReference(endpoint: Endpoint, state: Uint8Array): Promise<{ close(): void }> {
  const ws = new WebSocket(endpoint.url, endpoint.protocols);
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, state);
      ws.send(encoding.toUint8Array(encoder), () => resolve({ close: () => ws.terminate() }));
    });
  });
}

/** Milliseconds from opening a socket to holding the whole letter, as a y-websocket client syncs it. */
export function openPlaintext(endpoint: Endpoint, expectedLength: number): Promise<number> {
  const started = performance.now();
  const doc = new Y.Doc();
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(endpoint.url, endpoint.protocols);
    ws.binaryType = 'nodebuffer';
    ws.on('error', reject);
    ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, doc);
      ws.send(encoding.toUint8Array(encoder));
    });
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) {
        return;
      }
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server');
      if (doc.getText('body').length === expectedLength) {
        resolve(performance.now() - started);
        ws.terminate();
      }
    });
  });
}

/**
 * The sealed reader (`sealed-reader.ts`) bundled as the app ships its code, written into the git-ignored
 * `bench/results/` (so it finds `node_modules`) and loaded. Run through tsx instead, every call between the modules
 * of `@noble/hashes` and `@noble/ciphers` (ESM only, turned into CommonJS on the fly) goes through a getter, which
 * makes SHA-256 and XChaCha20 some twenty times slower than in the app's bundle: the open would time the loader, not
 * the app.
 */
export async function bundledSealedReader(): Promise<typeof openSealed> {
  const outfile = join(__dirname, '..', 'results', 'sealed-reader.cjs');
  await build({
    entryPoints: [join(__dirname, 'sealed-reader.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // CommonJS packages stay Node's own modules, so the bench holds one Yjs; the ESM-only ones are bundled.
    external: ['ws', 'yjs', 'lib0', 'lib0/*'],
    logLevel: 'warning',
  });
  const loaded: unknown = createRequire(__filename)(outfile);
  if (!isReader(loaded)) {
    throw new Error('The bundled sealed reader exports no openSealed.');
  }
  return loaded.openSealed;
}

function isReader(value: unknown): value is { openSealed: typeof openSealed } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'openSealed' in value &&
    typeof value.openSealed === 'function'
  );
}
