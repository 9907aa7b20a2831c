import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openServerDatabase } from '../../server/store/database';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../server/store/migrations';
import { migration0001Letters } from '../../server/store/migrations/0001-letters';
import { migration0002UpdateLog } from '../../server/store/migrations/0002-update-log';
import { migration0003IncrementalVacuum } from '../../server/store/migrations/0003-incremental-vacuum';
import { migration0004SealedEnvelopes } from '../../server/store/migrations/0004-sealed-envelopes';
import { migration0005DropPlaintextLog } from '../../server/store/migrations/0005-drop-plaintext-log';
import { readVersion } from '../../src-node/sqlite/migrations';
import { runStatements } from '../../src-node/sqlite/statements';
import { compactStatements } from '../../src-node/update-log/log-table';
import { tempDir } from '../support/temp';

const HASH = 'a'.repeat(64);

function insertLetter(db: Database.Database, id: string): void {
  db.prepare(
    `INSERT INTO letters (id, owner_token_sha256, editor_token_sha256, viewer_token_sha256, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(id, HASH, 'b'.repeat(64), 'c'.repeat(64), 1);
}

describe('server migrations', () => {
  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('brings a new database to the latest version once, and does nothing the second time', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(() => migrate(db)).not.toThrow();
    expect(readVersion(db)).toBe(LATEST_VERSION);
  });

  it('refuses a database written by a newer server and leaves it as it was', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(
      `This database was written by a newer Undersigned server (schema ${LATEST_VERSION + 1}, this one knows ${LATEST_VERSION}).`,
    );
    expect(readVersion(db)).toBe(LATEST_VERSION + 1);
  });

  it('opens its file in WAL mode with synchronous=FULL, readable by its user only', () => {
    const dataDir = tempDir('undersigned-server-');
    const db = openServerDatabase(dataDir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(readVersion(db)).toBe(LATEST_VERSION);
    db.close();
    expect(statSync(join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
  });
});

describe('server migration 0001: letters', () => {
  const db = new Database(':memory:');
  migrate(db, [migration0001Letters]);

  it('stores a letter with its three token hashes', () => {
    insertLetter(db, 'letter-one');
    expect(
      db.prepare('SELECT owner_token_sha256, tokens_reset_at FROM letters WHERE id = ?').get('letter-one'),
    ).toEqual({
      owner_token_sha256: HASH,
      tokens_reset_at: null,
    });
  });

  it('refuses a duplicate id, a hash that is not 64 characters, and values of the wrong type (STRICT)', () => {
    expect(() => insertLetter(db, 'letter-one')).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          'INSERT INTO letters (id, owner_token_sha256, editor_token_sha256, viewer_token_sha256, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run('letter-two', 'short', HASH, HASH, 1),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          'INSERT INTO letters (id, owner_token_sha256, editor_token_sha256, viewer_token_sha256, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run('letter-three', HASH, HASH, HASH, 'yesterday'),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});

describe('server migration 0002: update log', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001Letters, migration0002UpdateLog]);
  insertLetter(db, 'letter-one');

  it('keeps updates in order and one snapshot per letter', () => {
    const insert = db.prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, ?)');
    insert.run('letter-one', Buffer.from([1, 2]), 1);
    insert.run('letter-one', Buffer.from([3]), 2);
    const rows = db
      .prepare('SELECT data FROM letter_updates WHERE letter_id = ? ORDER BY seq')
      .all('letter-one');
    expect(rows).toEqual([{ data: Buffer.from([1, 2]) }, { data: Buffer.from([3]) }]);
    db.prepare('INSERT INTO letter_snapshots (letter_id, state, compacted_at) VALUES (?, ?, ?)').run(
      'letter-one',
      Buffer.from([0, 0]),
      3,
    );
    expect(() =>
      db
        .prepare('INSERT INTO letter_snapshots (letter_id, state, compacted_at) VALUES (?, ?, ?)')
        .run('letter-one', Buffer.from([0]), 4),
    ).toThrow(/UNIQUE/);
  });

  it('refuses updates of unknown letters, empty updates, and text where bytes belong', () => {
    const insert = db.prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, ?)');
    expect(() => insert.run('nobody', Buffer.from([1]), 1)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('letter-one', Buffer.alloc(0), 1)).toThrow(/CHECK constraint/);
    expect(() => insert.run('letter-one', 'text', 1)).toThrow(/cannot store TEXT value in BLOB column/);
  });

  it('removes a letter’s log and snapshot with the letter', () => {
    db.prepare('DELETE FROM letters WHERE id = ?').run('letter-one');
    expect(db.prepare('SELECT count(*) AS n FROM letter_updates').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM letter_snapshots').get()).toEqual({ n: 0 });
  });
});

describe('server migration 0003: incremental vacuum', () => {
  function freePages(db: Database.Database): unknown {
    return db.pragma('freelist_count', { simple: true });
  }

  function fillLog(db: Database.Database, rows: number): void {
    const insert = db.prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (let row = 0; row < rows; row += 1) {
        insert.run('letter-one', Buffer.alloc(2000, row % 251), 1);
      }
    })();
  }

  it('converts an existing file, keeping its data, and compaction then gives the log’s pages back', () => {
    const file = join(tempDir('undersigned-server-'), DATABASE_FILE);
    const before = new Database(file);
    before.pragma('journal_mode = WAL');
    before.pragma('foreign_keys = ON');
    migrate(before, [migration0001Letters, migration0002UpdateLog]);
    insertLetter(before, 'letter-one');
    fillLog(before, 150);
    expect(before.pragma('auto_vacuum', { simple: true })).toBe(0);
    before.close();

    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001Letters, migration0002UpdateLog, migration0003IncrementalVacuum]);
    expect(readVersion(db)).toBe(3);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) AS n FROM letter_updates').get()).toEqual({ n: 150 });
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.transaction(() => runStatements(db, compactStatements('letter-one', Buffer.from([0, 0]), 2)))();
    expect(freePages(db)).toBe(0);
    expect(Number(db.pragma('page_count', { simple: true }))).toBeLessThan(pages / 5);
    db.close();
  });

  it('leaves a file already in incremental mode as it is', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(() => migration0003IncrementalVacuum.beforeTransaction?.(db)).not.toThrow();
  });
});

describe('server migration 0004: sealed envelopes', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [
    migration0001Letters,
    migration0002UpdateLog,
    migration0003IncrementalVacuum,
    migration0004SealedEnvelopes,
  ]);
  insertLetter(db, 'letter-one');
  const writer = Buffer.alloc(16, 7);
  const insertEnvelope = db.prepare(
    `INSERT INTO sealed_envelopes (letter_id, seq, writer_id, counter, kind, epoch, bytes, stored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  it('marks a letter sealed with its 32-byte verify key, and keeps its envelopes and one snapshot', () => {
    db.prepare('INSERT INTO sealed_letters (letter_id, epoch, verify_key) VALUES (?, ?, ?)').run(
      'letter-one',
      1,
      Buffer.alloc(32, 1),
    );
    insertEnvelope.run('letter-one', 1, writer, 1, 'update', 1, Buffer.from([9]), 1);
    insertEnvelope.run('letter-one', 2, writer, 2, 'update', 1, Buffer.from([8]), 1);
    db.prepare(
      'INSERT INTO sealed_snapshots (letter_id, covers, writer_id, epoch, bytes, stored_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run('letter-one', 1, writer, 1, Buffer.from([7]), 1);
    expect(db.prepare('SELECT latest_seq FROM sealed_letters').get()).toEqual({ latest_seq: 0 });
    expect(db.prepare('SELECT seq FROM sealed_envelopes ORDER BY seq').all()).toEqual([
      { seq: 1 },
      { seq: 2 },
    ]);
  });

  it('refuses a short verify key, a second envelope at one sequence, another kind, text bytes and unknown letters', () => {
    insertLetter(db, 'letter-two');
    expect(() =>
      db
        .prepare('INSERT INTO sealed_letters (letter_id, epoch, verify_key) VALUES (?, ?, ?)')
        .run('letter-two', 1, Buffer.alloc(31)),
    ).toThrow(/CHECK constraint/);
    expect(() => insertEnvelope.run('letter-one', 2, writer, 3, 'update', 1, Buffer.from([1]), 1)).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    expect(() => insertEnvelope.run('letter-one', 3, writer, 3, 'presence', 1, Buffer.from([1]), 1)).toThrow(
      /CHECK constraint/,
    );
    expect(() => insertEnvelope.run('letter-one', 3, writer, 3, 'update', 1, 'text', 1)).toThrow(
      /cannot store TEXT value in BLOB column/,
    );
    expect(() => insertEnvelope.run('letter-two', 1, writer, 1, 'update', 1, Buffer.from([1]), 1)).toThrow(
      /FOREIGN KEY/,
    );
  });

  it('removes a sealed letter’s envelopes and snapshot with the letter', () => {
    db.prepare('DELETE FROM letters WHERE id = ?').run('letter-one');
    for (const table of ['sealed_letters', 'sealed_envelopes', 'sealed_snapshots']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});

describe('server migration 0005: letters shared before encryption', () => {
  it('drops their readable content, keeps every letter row and the sealed letters, and leaves no trace in the file', () => {
    const file = join(tempDir('undersigned-server-'), DATABASE_FILE);
    const db = new Database(file);
    migrate(db, [
      migration0001Letters,
      migration0002UpdateLog,
      migration0003IncrementalVacuum,
      migration0004SealedEnvelopes,
    ]);
    insertLetter(db, 'shared-before');
    insertLetter(db, 'sealed');
    const draft = Buffer.from('A readable draft of the coalition letter. '.repeat(200));
    db.prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, ?)').run(
      'shared-before',
      draft,
      1,
    );
    db.prepare('INSERT INTO letter_snapshots (letter_id, state, compacted_at) VALUES (?, ?, ?)').run(
      'shared-before',
      draft,
      1,
    );
    db.prepare('INSERT INTO sealed_letters (letter_id, epoch, verify_key) VALUES (?, ?, ?)').run(
      'sealed',
      1,
      Buffer.alloc(32, 1),
    );

    migrate(db, [...MIGRATIONS.slice(0, 4), migration0005DropPlaintextLog]);

    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('letter_updates', 'letter_snapshots')",
      )
      .all();
    expect(tables).toEqual([]);
    expect(db.prepare('SELECT id FROM letters ORDER BY id').all()).toEqual([
      { id: 'sealed' },
      { id: 'shared-before' },
    ]);
    expect(db.prepare('SELECT letter_id FROM sealed_letters').all()).toEqual([{ letter_id: 'sealed' }]);
    db.close();
    expect(readFileSync(file).includes('A readable draft')).toBe(false);
  });
});
