import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  describeSealedProblem,
  type SealedSyncProblem,
  type SealedSyncState,
} from '../../src-common/collab/sealed-sync-state';
import { HEADER_BYTES, NONCE_BYTES } from '../../src-common/crypto/envelope';
import { createLetterKeys, viewerKeys, type LetterKeys } from '../../src-common/crypto/letter-keys';
import {
  verifyInScript,
  webCryptoVerifier,
  type SignatureVerifier,
} from '../../src-common/crypto/signature-verifier';
import type { RunningServer } from '../../server/server';
import { DATABASE_FILE } from '../../server/store/database';
import { tempDir } from '../support/temp';
import { startTestServer, type Tokens } from './helpers';
import {
  bodyText,
  connectSealedClient,
  registerSealedLetter,
  waitSealedSynced,
  type SealedClient,
} from './sealed-helpers';

/**
 * Issue #20's tampering acceptance: whoever holds the server's database file edits it while the server is stopped
 * (one byte flipped, two envelopes swapped, one stored twice, one deleted). A reader that synced before and one that
 * never did each report it in the status line's words, and their copies hold only what honest envelopes give.
 */
const servers: RunningServer[] = [];
const clients: SealedClient[] = [];
afterEach(async () => {
  clients.splice(0).forEach((client) => client.socket.ws.terminate());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const TYPED = 'abcde';
/** The reader that synced before saw the first two envelopes; the tampering touches the ones after. */
const SEEN_BEFORE = 2;

interface Written {
  dataDir: string;
  letterId: string;
  tokens: Tokens;
  keys: LetterKeys;
  /** The writer's changes, one envelope each: envelope i (sequence i + 1) holds updates[i]. */
  updates: Uint8Array[];
  reader: { doc: Y.Doc; state: SealedSyncState };
}

async function serve(dataDir: string): Promise<RunningServer> {
  const server = await startTestServer({ dataDir });
  servers.push(server);
  return server;
}

async function connect(
  server: RunningServer,
  written: Pick<Written, 'letterId' | 'keys'>,
  token: string,
  options: Parameters<typeof connectSealedClient>[4] = {},
): Promise<SealedClient> {
  const client = await connectSealedClient(server.url, written.letterId, token, written.keys, options);
  clients.push(client);
  return client;
}

/** One writer types TYPED a letter at a time, each stored as its own envelope; a viewer syncs after SEEN_BEFORE. */
async function writeLetter(): Promise<Written> {
  const dataDir = tempDir('undersigned-server-');
  const server = await serve(dataDir);
  const keys = createLetterKeys();
  const { letterId, tokens } = await registerSealedLetter(server, keys);
  const writer = await connect(server, { letterId, keys }, tokens.editor);
  await waitSealedSynced(writer);
  const updates: Uint8Array[] = [];
  writer.doc.on('update', (update: Uint8Array) => updates.push(update));
  let reader: Written['reader'] | null = null;
  for (const letter of TYPED) {
    writer.doc.getText('body').insert(bodyText(writer.doc).length, letter);
    await waitSealedSynced(writer);
    if (updates.length === SEEN_BEFORE) {
      const viewer = await connect(server, { letterId, keys: viewerKeys(keys) }, tokens.viewer);
      await waitSealedSynced(viewer);
      reader = { doc: viewer.doc, state: await viewer.leave() };
    }
  }
  expect(writer.sync.remembered().lastSeq).toBe(TYPED.length);
  expect(reader && bodyText(reader.doc)).toBe(TYPED.slice(0, SEEN_BEFORE));
  await writer.leave();
  await Promise.all(servers.splice(0).map((running) => running.close()));
  if (!reader) {
    throw new Error('The viewer never synced.');
  }
  return { dataDir, letterId, tokens, keys: viewerKeys(keys), updates, reader };
}

/** Edits the stopped server's database as an intruder with the file would. */
function tamper(written: Written, edit: (db: Database.Database) => void): void {
  const db = new Database(join(written.dataDir, DATABASE_FILE));
  try {
    db.transaction(() => edit(db))();
  } finally {
    db.close();
  }
}

/** What a copy holds once the honest envelopes with these indexes are applied, in order. */
function honestText(written: Written, indexes: readonly number[]): string {
  const doc = new Y.Doc();
  indexes.forEach((index) => Y.applyUpdate(doc, written.updates[index] ?? new Uint8Array()));
  return bodyText(doc);
}

/**
 * Restarts the server on the edited file; the reader from before and a newcomer both read the letter, checking
 * signatures with `verifier`: WebCrypto's, as the app does, or the script's.
 */
async function readAfterTampering(
  written: Written,
  verifier: SignatureVerifier,
): Promise<{ before: SealedClient; newcomer: SealedClient }> {
  const server = await serve(written.dataDir);
  const before = await connect(server, written, written.tokens.viewer, {
    doc: written.reader.doc,
    state: written.reader.state,
    verifier,
  });
  const newcomer = await connect(server, written, written.tokens.viewer, { verifier });
  await Promise.all([waitSealedSynced(before), waitSealedSynced(newcomer)]);
  return { before, newcomer };
}

function words(problems: readonly SealedSyncProblem[]): string[] {
  return [...new Set(problems.map((problem) => describeSealedProblem(problem)))];
}

const bySeq = (letterId: string, seq: number): string => `letter_id = '${letterId}' AND seq = ${seq}`;

const VERIFIERS: [string, SignatureVerifier][] = [
  ['WebCrypto', webCryptoVerifier()],
  ['the script', verifyInScript],
];

describe.each(VERIFIERS)(
  'sealed relay: a tampered database is detected by every reader (%s)',
  (_, verifier) => {
    it('reports one flipped byte of a stored envelope as unverifiable and applies nothing of it', async () => {
      const written = await writeLetter();
      tamper(written, (db) => {
        const where = bySeq(written.letterId, 4);
        const row = db.prepare(`SELECT bytes FROM sealed_envelopes WHERE ${where}`).get() as {
          bytes: Buffer;
        };
        const bytes = Buffer.from(row.bytes);
        bytes[HEADER_BYTES + NONCE_BYTES + 1] = (bytes[HEADER_BYTES + NONCE_BYTES + 1] ?? 0) ^ 0x01;
        db.prepare(`UPDATE sealed_envelopes SET bytes = ? WHERE ${where}`).run(bytes);
      });
      const { before, newcomer } = await readAfterTampering(written, verifier);
      for (const client of [before, newcomer]) {
        expect(client.problems).toContainEqual({ kind: 'unreadable', problem: 'bad-signature' });
        expect(words(client.problems)).toContain(
          'A change from the server could not be verified and was not applied. Your copy is unchanged.',
        );
        // The change after the forged one needs it, so Yjs holds it back: the copy shows what came before.
        expect(bodyText(client.doc)).toBe(honestText(written, [0, 1, 2, 4]));
        expect(bodyText(client.doc)).toBe('abc');
      }
    });

    it('reports two envelopes swapped in the sequence and still applies both', async () => {
      const written = await writeLetter();
      tamper(written, (db) => {
        const letter = `letter_id = '${written.letterId}'`;
        db.prepare(`UPDATE sealed_envelopes SET seq = 1000 WHERE ${letter} AND seq = 3`).run();
        db.prepare(`UPDATE sealed_envelopes SET seq = 3 WHERE ${letter} AND seq = 4`).run();
        db.prepare(`UPDATE sealed_envelopes SET seq = 4 WHERE ${letter} AND seq = 1000`).run();
      });
      const { before, newcomer } = await readAfterTampering(written, verifier);
      for (const client of [before, newcomer]) {
        expect(client.problems.map((problem) => problem.kind === 'order' && problem.detail.kind)).toEqual([
          'missing',
          'reordered',
        ]);
        expect(words(client.problems)).toContain(
          'The server sent a co-editor’s changes out of order; they were applied in their own order.',
        );
        expect(bodyText(client.doc)).toBe(TYPED);
      }
    });

    it('reports an envelope stored a second time as a replay and ignores it', async () => {
      const written = await writeLetter();
      tamper(written, (db) => {
        db.prepare(
          `INSERT INTO sealed_envelopes (letter_id, seq, writer_id, counter, kind, epoch, bytes, stored_at)
         SELECT letter_id, 6, writer_id, counter, kind, epoch, bytes, stored_at FROM sealed_envelopes
         WHERE ${bySeq(written.letterId, 3)}`,
        ).run();
        db.prepare('UPDATE sealed_letters SET latest_seq = 6 WHERE letter_id = ?').run(written.letterId);
      });
      const { before, newcomer } = await readAfterTampering(written, verifier);
      for (const client of [before, newcomer]) {
        expect(client.problems).toEqual([
          { kind: 'order', detail: expect.objectContaining({ kind: 'replayed', expected: 6, received: 3 }) },
        ]);
        expect(words(client.problems)).toEqual(['The server sent a change again; it was ignored.']);
        expect(bodyText(client.doc)).toBe(TYPED);
        expect(client.sync.remembered().lastSeq).toBe(6);
      }
    });

    it('reports a deleted envelope as held back, and the copy keeps what came before it', async () => {
      const written = await writeLetter();
      tamper(written, (db) => {
        db.prepare(`DELETE FROM sealed_envelopes WHERE ${bySeq(written.letterId, 4)}`).run();
      });
      const { before, newcomer } = await readAfterTampering(written, verifier);
      for (const client of [before, newcomer]) {
        expect(words(client.problems)).toEqual([
          'The server held back changes. Your copy may lack some of them.',
          'A co-editor’s change did not arrive from the server. Your copy may lack it.',
        ]);
        expect(bodyText(client.doc)).toBe(honestText(written, [0, 1, 2, 4]));
        expect(bodyText(client.doc)).toBe('abc');
      }
    });
  },
);
