import type { Database } from 'better-sqlite3';
import type { Statement } from '../../src-node/sqlite/statements';
import { bytesColumn, integerColumn } from './rows';

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

/** The sealed part of a letter, or null for an unknown letter or one registered before end-to-end encryption. */
export function readSealedLetter(db: Database, letterId: string): SealedLetter | null {
  const row: unknown = db
    .prepare('SELECT epoch, verify_key, latest_seq FROM sealed_letters WHERE letter_id = ?')
    .get(letterId);
  const epoch = integerColumn(row, 'epoch');
  const verifyKey = bytesColumn(row, 'verify_key');
  const latestSeq = integerColumn(row, 'latest_seq');
  if (epoch === null || verifyKey === null || latestSeq === null) {
    return null;
  }
  return { epoch, verifyKey, latestSeq };
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
  const row: unknown = db
    .prepare('SELECT covers, bytes FROM sealed_snapshots WHERE letter_id = ?')
    .get(letterId);
  const covers = integerColumn(row, 'covers');
  const bytes = bytesColumn(row, 'bytes');
  return covers === null || bytes === null ? null : { covers, bytes };
}

/** The last sequence a sealed letter's latest snapshot covers, 0 before the first one; its bytes are not read. */
export function readSnapshotCovers(db: Database, letterId: string): number {
  const row: unknown = db.prepare('SELECT covers FROM sealed_snapshots WHERE letter_id = ?').get(letterId);
  return integerColumn(row, 'covers') ?? 0;
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
    const seq = integerColumn(row, 'seq');
    const bytes = bytesColumn(row, 'bytes');
    if (seq === null || bytes === null) {
      throw new Error('An envelope row that does not read.');
    }
    yield { seq, bytes };
  }
}

/** Bytes a sealed letter holds on disk (snapshot and envelopes), for the size limit. */
export function sealedStoredBytes(db: Database, letterId: string): number {
  const envelopes: unknown = db
    .prepare('SELECT sum(length(bytes)) AS bytes FROM sealed_envelopes WHERE letter_id = ?')
    .get(letterId);
  const snapshot: unknown = db
    .prepare('SELECT sum(length(bytes)) AS bytes FROM sealed_snapshots WHERE letter_id = ?')
    .get(letterId);
  // A sum over no rows is NULL.
  return (integerColumn(envelopes, 'bytes') ?? 0) + (integerColumn(snapshot, 'bytes') ?? 0);
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
