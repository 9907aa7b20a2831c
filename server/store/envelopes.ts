import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Statement } from '../../src-node/sqlite/statements';

/** What the server knows of a sealed letter: the key epoch, the public half of its signing key, the newest seq. */
export interface SealedLetter {
  epoch: number;
  verifyKey: Uint8Array;
  latestSeq: number;
}

/** An envelope as the server stores it: its place, the header fields it may read, and its bytes. */
export interface StoredEnvelope {
  seq: number;
  writerId: Uint8Array;
  counter: number;
  epoch: number;
  bytes: Uint8Array;
}

/** A letter's latest snapshot envelope, which holds every change up to sequence `covers`. */
export interface StoredSnapshot {
  covers: number;
  bytes: Uint8Array;
}

const sealedRowSchema = z.object({
  epoch: z.number().int(),
  verify_key: z.instanceof(Uint8Array),
  latest_seq: z.number().int(),
});
const snapshotRowSchema = z.object({ covers: z.number().int(), bytes: z.instanceof(Uint8Array) });
const envelopeRowSchema = z.object({ seq: z.number().int(), bytes: z.instanceof(Uint8Array) });
const sizeRowSchema = z.object({ bytes: z.number().int().nullable() });

/** The sealed part of a letter, or null for an unknown letter or one registered before end-to-end encryption. */
export function readSealedLetter(db: Database, letterId: string): SealedLetter | null {
  const row = sealedRowSchema.safeParse(
    db.prepare('SELECT epoch, verify_key, latest_seq FROM sealed_letters WHERE letter_id = ?').get(letterId),
  );
  if (!row.success) {
    return null;
  }
  return { epoch: row.data.epoch, verifyKey: row.data.verify_key, latestSeq: row.data.latest_seq };
}

/** The statement that makes a just-registered letter sealed (run in the registration's transaction). */
export function sealLetterStatement(letterId: string, epoch: number, verifyKey: Uint8Array): Statement {
  return [
    'INSERT INTO sealed_letters (letter_id, epoch, verify_key) VALUES (?, ?, ?)',
    [letterId, epoch, verifyKey],
  ];
}

/** The statement that gives a sealed letter new keys after its links were reset; its envelopes stay until then. */
export function rekeyLetterStatement(letterId: string, epoch: number, verifyKey: Uint8Array): Statement {
  return [
    'UPDATE sealed_letters SET epoch = ?, verify_key = ? WHERE letter_id = ?',
    [epoch, verifyKey, letterId],
  ];
}

/** The latest snapshot of a sealed letter, or null before the first one. */
export function readSnapshot(db: Database, letterId: string): StoredSnapshot | null {
  const row = snapshotRowSchema.safeParse(
    db.prepare('SELECT covers, bytes FROM sealed_snapshots WHERE letter_id = ?').get(letterId),
  );
  return row.success ? row.data : null;
}

/** The update envelopes with `after < seq <= upTo`, oldest first, read row by row as they are iterated. */
export function* readEnvelopes(
  db: Database,
  letterId: string,
  after: number,
  upTo: number,
): Generator<{ seq: number; bytes: Uint8Array }> {
  const rows = db.prepare(
    'SELECT seq, bytes FROM sealed_envelopes WHERE letter_id = ? AND seq > ? AND seq <= ? ORDER BY seq',
  );
  for (const row of rows.iterate(letterId, after, upTo)) {
    yield envelopeRowSchema.parse(row);
  }
}

/** Bytes a sealed letter holds on disk (snapshot and envelopes), for the size limit. */
export function sealedStoredBytes(db: Database, letterId: string): number {
  const envelopes = sizeRowSchema.parse(
    db.prepare('SELECT sum(length(bytes)) AS bytes FROM sealed_envelopes WHERE letter_id = ?').get(letterId),
  );
  const snapshot = sizeRowSchema.parse(
    db.prepare('SELECT sum(length(bytes)) AS bytes FROM sealed_snapshots WHERE letter_id = ?').get(letterId),
  );
  return (envelopes.bytes ?? 0) + (snapshot.bytes ?? 0);
}

/** The statement that appends one update envelope at the sequence the server gave it. */
export function insertEnvelopeStatement(letterId: string, envelope: StoredEnvelope, now: number): Statement {
  return [
    `INSERT INTO sealed_envelopes (letter_id, seq, writer_id, counter, kind, epoch, bytes, stored_at)
     VALUES (?, ?, ?, ?, 'update', ?, ?, ?)`,
    [letterId, envelope.seq, envelope.writerId, envelope.counter, envelope.epoch, envelope.bytes, now],
  ];
}

/** The statement that records the newest sequence handed out, so a restart never numbers two envelopes alike. */
export function latestSeqStatement(letterId: string, latest: number): Statement {
  return [
    'UPDATE sealed_letters SET latest_seq = max(latest_seq, ?) WHERE letter_id = ?',
    [latest, letterId],
  ];
}

/**
 * The statements that store a snapshot in place of the previous one and delete what it makes unneeded: the update
 * envelopes it covers, and every envelope sealed under older keys (after a reset, once the new keys' snapshot is
 * stored, nothing under the old keys is of use to anyone who may still read the letter). The freed pages go back to
 * the file system, as after a plaintext compaction.
 */
export function storeSnapshotStatements(
  letterId: string,
  snapshot: Omit<StoredEnvelope, 'seq' | 'counter'> & { covers: number },
  now: number,
): Statement[] {
  return [
    [
      `INSERT INTO sealed_snapshots (letter_id, covers, writer_id, epoch, bytes, stored_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (letter_id) DO UPDATE SET covers = excluded.covers, writer_id = excluded.writer_id,
         epoch = excluded.epoch, bytes = excluded.bytes, stored_at = excluded.stored_at`,
      [letterId, snapshot.covers, snapshot.writerId, snapshot.epoch, snapshot.bytes, now],
    ],
    [
      'DELETE FROM sealed_envelopes WHERE letter_id = ? AND (seq <= ? OR epoch < ?)',
      [letterId, snapshot.covers, snapshot.epoch],
    ],
    ['PRAGMA incremental_vacuum', null],
  ];
}
