import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RELAYS_PER_MESSAGE } from '../../src-common/collab/sealed-relay-batch';
import { runStatements, type Statement } from '../../src-node/sqlite/statements';
import { readBacklogPart, type BacklogPart } from '../../server/sealed-backlog';
import { openServerDatabase } from '../../server/store/database';
import { insertEnvelopeStatement, storeSnapshotStatements } from '../../server/store/envelopes';
import { registerLetter } from '../../server/store/letters';
import { tempDir } from '../support/temp';

const LETTER = 'backlog-parts';
const opened: Database[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
});

/** A server database file holding one sealed letter with `count` update envelopes of `size` bytes, numbered 1… */
function letterWith(count: number, size: number): Database {
  const db = openServerDatabase(tempDir('undersigned-backlog-'));
  opened.push(db);
  const hash = (digit: string): string => digit.repeat(64);
  registerLetter(db, LETTER, { owner: hash('a'), editor: hash('b'), viewer: hash('c') }, 0, {
    epoch: 1,
    verifyKey: new Uint8Array(32),
  });
  append(db, 1, count, size);
  return db;
}

function append(db: Database, from: number, to: number, size: number): void {
  const writerId = randomBytes(16);
  const rows: Statement[] = [];
  for (let seq = from; seq <= to; seq += 1) {
    const bytes = new Uint8Array(size).fill(seq % 251);
    rows.push(insertEnvelopeStatement(LETTER, { seq, writerId, counter: seq, epoch: 1, bytes }, 0));
  }
  db.transaction(() => runStatements(db, rows))();
}

/** Reads part after part, as a catch-up does, until the last; `between` runs after each part but the last. */
function readAll(db: Database, durable: number, between: (part: BacklogPart) => void = () => undefined) {
  const parts: BacklogPart[] = [];
  let after = 0;
  for (;;) {
    const part = readBacklogPart(db, LETTER, after, durable);
    parts.push(part);
    if (!part.more) {
      return parts;
    }
    between(part);
    after = part.sent;
  }
}

const seqsOf = (parts: BacklogPart[]): number[] =>
  parts.flatMap((part) => part.relays.map((relay) => relay.seq));
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('sealed relay: a catch-up read from disk in parts', () => {
  it('reads a long backlog in parts of at most a relays message, in order and complete', () => {
    const db = letterWith(2_500, 40);
    const parts = readAll(db, 2_500);
    expect(parts.map((part) => part.relays.length)).toEqual([1_000, 1_000, 500]);
    expect(parts.map((part) => part.more)).toEqual([true, true, false]);
    expect(seqsOf(parts)).toEqual(range(1, 2_500));
    expect(parts.every((part) => part.relays.length <= MAX_RELAYS_PER_MESSAGE)).toBe(true);
    expect([...(parts[0]?.relays[7]?.envelope ?? [])]).toEqual(Array(40).fill(8));
  });

  it('ends a part at about a mebibyte, and sends an envelope larger than that alone', () => {
    const db = letterWith(7, 300 * 1024);
    append(db, 8, 8, 3 << 20);
    append(db, 9, 10, 300 * 1024);
    const parts = readAll(db, 10);
    expect(parts.map((part) => part.relays.map((relay) => relay.seq))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7],
      [8],
      [9, 10],
    ]);
  });

  it('reads nothing past the durable point, and from where the last part ended', () => {
    const db = letterWith(30, 10);
    expect(seqsOf(readAll(db, 20))).toEqual(range(1, 20));
    const part = readBacklogPart(db, LETTER, 25, 30);
    expect(part).toMatchObject({ sent: 30, more: false });
    expect(part.relays.map((relay) => relay.seq)).toEqual(range(26, 30));
    expect(readBacklogPart(db, LETTER, 30, 30)).toEqual({ relays: [], sent: 30, more: false });
  });

  it('starts the next part with a snapshot stored meanwhile, which deleted envelopes not yet sent', () => {
    const db = letterWith(2_500, 10);
    let compacted = false;
    const parts = readAll(db, 2_500, () => {
      if (compacted) {
        return;
      }
      compacted = true;
      const snapshot = { writerId: randomBytes(16), epoch: 1, bytes: new Uint8Array([9]), covers: 1_800 };
      db.transaction(() => runStatements(db, storeSnapshotStatements(LETTER, snapshot, 0)))();
    });
    expect(seqsOf(parts)).toEqual([...range(1, 1_000), ...range(1_800, 2_500)]);
    expect([...(parts[1]?.relays[0]?.envelope ?? [])]).toEqual([9]);
  });
});
