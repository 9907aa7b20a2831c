import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase, StoreOpenError } from '../../src-main/store/database';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../../src-main/store/migrations';
import { migration0001Settings } from '../../src-main/store/migrations/0001-settings';
import { migration0002Letters } from '../../src-main/store/migrations/0002-letters';
import { migration0003LetterVersions } from '../../src-main/store/migrations/0003-letter-versions';
import { migration0004Citations } from '../../src-main/store/migrations/0004-citations';
import { migration0005Directory } from '../../src-main/store/migrations/0005-directory';
import { migration0006VersionKinds } from '../../src-main/store/migrations/0006-version-kinds';
import { migration0007UpdateLogCheck } from '../../src-main/store/migrations/0007-update-log-check';
import { readVersion } from '../../src-node/sqlite/migrations';
import { migration0008OpenComments } from '../../src-main/store/migrations/0008-open-comments';
import { migration0009IncrementalVacuum } from '../../src-main/store/migrations/0009-incremental-vacuum';
import * as letters from '../../src-main/store/letters/letter-operations';
import { INCREMENTAL_AUTO_VACUUM } from '../../src-node/sqlite/incremental-vacuum';
import { runStatements } from '../../src-node/sqlite/statements';
import { compactStatements } from '../../src-node/update-log/log-table';
import { tempDir } from '../support/temp';

describe('the migration list', () => {
  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('brings a new file to the latest version once, and does nothing the second time', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(readVersion(db)).toBe(LATEST_VERSION);
    expect(() => migrate(db)).not.toThrow();
    expect(readVersion(db)).toBe(LATEST_VERSION);
  });

  it('refuses a file written by a newer app in a sentence for its user, and leaves it as it was', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(
      `This data was saved by a newer version of Undersigned (schema ${LATEST_VERSION + 1}, this app knows ${LATEST_VERSION}). Please update the app.`,
    );
    expect(readVersion(db)).toBe(LATEST_VERSION + 1);
  });
});

describe('migration 0001: settings', () => {
  const db = new Database(':memory:');
  migrate(db, [migration0001Settings]);

  it('creates a STRICT table that refuses values of the wrong type', () => {
    expect(() =>
      db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('a', '1', 'yesterday'),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('refuses a value that is not JSON', () => {
    expect(() =>
      db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('b', '{oops', 1),
    ).toThrow(/CHECK constraint/);
  });

  it('keeps one row per key', () => {
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('c', '1', 1);
    expect(() =>
      db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('c', '2', 2),
    ).toThrow(/UNIQUE/);
  });
});

describe('migration 0002: letters', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001Settings, migration0002Letters]);
  const insertLetter = db.prepare(
    'INSERT INTO letters (id, title, status, created_at, updated_at, deleted_at, signatory_count) VALUES (?, ?, ?, 1, 1, NULL, 0)',
  );

  it('accepts only the four statuses of a letter', () => {
    expect(() => insertLetter.run('letter-one', 'A', 'draft')).not.toThrow();
    expect(() => insertLetter.run('letter-two', 'B', 'lost')).toThrow(/CHECK constraint/);
  });

  it('keeps updates only for letters that exist, as BLOBs, and deletes them with their letter', () => {
    const insertUpdate = db.prepare(
      'INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, 1)',
    );
    expect(() => insertUpdate.run('no-such-letter', Buffer.from([1]))).toThrow(/FOREIGN KEY/);
    expect(() => insertUpdate.run('letter-one', 'text, not bytes')).toThrow(
      /cannot store TEXT value in BLOB column/,
    );
    insertUpdate.run('letter-one', Buffer.from([0, 0]));
    db.prepare('INSERT INTO letter_snapshots (letter_id, state, compacted_at) VALUES (?, ?, 1)').run(
      'letter-one',
      Buffer.from([0, 0]),
    );
    db.prepare('DELETE FROM letters WHERE id = ?').run('letter-one');
    expect(db.prepare('SELECT count(*) AS n FROM letter_updates').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM letter_snapshots').get()).toEqual({ n: 0 });
  });
});

describe('migration 0003: letter versions', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001Settings, migration0002Letters, migration0003LetterVersions]);
  db.prepare(
    "INSERT INTO letters (id, title, status, created_at, updated_at) VALUES ('letter-one', 'A', 'draft', 1, 1)",
  ).run();
  const insert = db.prepare(
    'INSERT INTO letter_versions (letter_id, label, state, created_at, created_by) VALUES (?, ?, ?, 1, ?)',
  );

  it('keeps named versions of existing letters only, with a label', () => {
    expect(() =>
      insert.run('letter-one', 'v1 sent to signatories', Buffer.from([0, 0]), 'Dolkun'),
    ).not.toThrow();
    expect(() => insert.run('no-such-letter', 'v1', Buffer.from([0, 0]), '')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('letter-one', '', Buffer.from([0, 0]), '')).toThrow(/CHECK constraint/);
  });

  it('deletes the versions of a letter with the letter', () => {
    db.prepare("DELETE FROM letters WHERE id = 'letter-one'").run();
    expect(db.prepare('SELECT count(*) AS n FROM letter_versions').get()).toEqual({ n: 0 });
  });
});

describe('migration 0004: citations', () => {
  const db = new Database(':memory:');
  migrate(db, [
    migration0001Settings,
    migration0002Letters,
    migration0003LetterVersions,
    migration0004Citations,
  ]);
  const insert = db.prepare(
    `INSERT INTO citations (id, title, author, publisher, date, url, archived_url, notes, search_text, created_at, updated_at)
     VALUES (?, ?, '', '', '', ?, '', '', '', 1, 1)`,
  );

  it('keeps sources that have a title or an address', () => {
    expect(() => insert.run('c1', 'Xinjiang Police Files', '')).not.toThrow();
    expect(() => insert.run('c2', '', 'https://example.org')).not.toThrow();
    expect(() => insert.run('c3', '', '')).toThrow(/CHECK constraint/);
  });

  it('is STRICT', () => {
    expect(() => insert.run('c4', 'Title', Buffer.from([1, 2]))).toThrow(
      /cannot store BLOB value in TEXT column/,
    );
  });
});

describe('migration 0005: organization directory', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, [
    migration0001Settings,
    migration0002Letters,
    migration0003LetterVersions,
    migration0004Citations,
    migration0005Directory,
  ]);
  db.prepare(
    "INSERT INTO letters (id, title, status, created_at, updated_at) VALUES ('letter-one', 'A', 'draft', 1, 1)",
  ).run();
  const insertEntry = db.prepare(
    `INSERT INTO directory_entries (id, name, parent_id, tags, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', 1, 1)`,
  );

  it('keeps entries with a name and a JSON list of tags, chapters pointing at their organization', () => {
    expect(() => insertEntry.run('sft', 'Students for a Free Tibet', null, '["Tibetan"]')).not.toThrow();
    expect(() => insertEntry.run('sft-ca', 'SFT Canada', 'sft', '[]')).not.toThrow();
    expect(() => insertEntry.run('blank', '  ', null, '[]')).toThrow(/CHECK constraint/);
    expect(() => insertEntry.run('tags', 'Tags', null, '"Tibetan"')).toThrow(/CHECK constraint/);
    expect(() => insertEntry.run('self', 'Self', 'self', '[]')).toThrow(/CHECK constraint/);
    expect(() => insertEntry.run('orphan', 'Orphan', 'no-such-entry', '[]')).toThrow(/FOREIGN KEY/);
  });

  it('is STRICT', () => {
    expect(() => insertEntry.run('bytes', Buffer.from([1]), null, '[]')).toThrow(
      /cannot store BLOB value in TEXT column/,
    );
  });

  it('refuses a contact with nothing in it and a signature with an unknown status', () => {
    const contact = db.prepare(
      'INSERT INTO directory_contacts (entry_id, name, email, phone) VALUES (?, ?, ?, ?)',
    );
    expect(() => contact.run('sft', 'Lhadon', 'l@example.org', '')).not.toThrow();
    expect(() => contact.run('sft', '', '', '')).toThrow(/CHECK constraint/);
    const signed = db.prepare(
      'INSERT INTO directory_letters (entry_id, letter_id, status, updated_at) VALUES (?, ?, ?, 1)',
    );
    expect(() => signed.run('sft', 'letter-one', 'confirmed')).not.toThrow();
    expect(() => signed.run('sft-ca', 'letter-one', 'maybe')).toThrow(/CHECK constraint/);
    expect(() => signed.run('sft-ca', 'no-such-letter', 'confirmed')).toThrow(/FOREIGN KEY/);
  });

  it('deletes aliases, contacts and signatures with their entry; chapters lose only their parent', () => {
    db.prepare("INSERT INTO directory_aliases (entry_id, alias) VALUES ('sft', 'SFT')").run();
    db.prepare("DELETE FROM directory_entries WHERE id = 'sft'").run();
    for (const table of ['directory_aliases', 'directory_contacts', 'directory_letters']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expect(db.prepare("SELECT parent_id FROM directory_entries WHERE id = 'sft-ca'").get()).toEqual({
      parent_id: null,
    });
  });
});

describe('migration 0007: update log check', () => {
  const UP_TO_0006 = [
    migration0001Settings,
    migration0002Letters,
    migration0003LetterVersions,
    migration0004Citations,
    migration0005Directory,
    migration0006VersionKinds,
  ];

  function storeWithLetter(migrations: typeof UP_TO_0006): Database.Database {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    db.prepare(
      "INSERT INTO letters (id, title, status, created_at, updated_at) VALUES ('letter-one', 'A', 'draft', 1, 1)",
    ).run();
    return db;
  }

  function insertUpdate(db: Database.Database, data: unknown, letterId = 'letter-one'): number {
    const result = db
      .prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, 1)')
      .run(letterId, data);
    return Number(result.lastInsertRowid);
  }

  it('refuses an empty update, as the server’s log does, and keeps the table STRICT with its keys', () => {
    const db = storeWithLetter([...UP_TO_0006, migration0007UpdateLogCheck]);
    expect(() => insertUpdate(db, Buffer.alloc(0))).toThrow(/CHECK constraint/);
    expect(() => insertUpdate(db, 'text, not bytes')).toThrow(/cannot store TEXT value in BLOB column/);
    expect(() => insertUpdate(db, Buffer.from([1]), 'no-such-letter')).toThrow(/FOREIGN KEY/);
    insertUpdate(db, Buffer.from([0, 0]));
    db.prepare("DELETE FROM letters WHERE id = 'letter-one'").run();
    expect(db.prepare('SELECT count(*) AS n FROM letter_updates').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'letter_updates_by_letter'").get()).toEqual(
      { sql: 'CREATE INDEX letter_updates_by_letter ON letter_updates (letter_id, seq)' },
    );
  });

  it('keeps every stored update with its place in the log, and never reuses a place', () => {
    const db = storeWithLetter(UP_TO_0006);
    const seqs = [1, 2, 3, 4].map((byte) => insertUpdate(db, Buffer.from([byte])));
    insertUpdate(db, Buffer.alloc(0));
    // A compaction deleted the newest rows: the counter stays past them.
    const last = insertUpdate(db, Buffer.from([9]));
    db.prepare('DELETE FROM letter_updates WHERE seq >= ?').run(last);

    migrate(db, [...UP_TO_0006, migration0007UpdateLogCheck]);

    expect(readVersion(db)).toBe(7);
    expect(db.prepare('SELECT seq, data FROM letter_updates ORDER BY seq').all()).toEqual(
      seqs.map((seq, index) => ({ seq, data: Buffer.from([index + 1]) })),
    );
    expect(insertUpdate(db, Buffer.from([5]))).toBe(last + 1);
    expect(() => insertUpdate(db, Buffer.alloc(0))).toThrow(/CHECK constraint/);
  });
});

describe('migration 0008: open comments per letter', () => {
  it('counts no open comments for the letters already stored, and refuses a negative count', () => {
    const db = new Database(':memory:');
    migrate(db, [migration0001Settings, migration0002Letters]);
    db.prepare(
      "INSERT INTO letters (id, title, status, created_at, updated_at) VALUES ('letter-one', 'A', 'draft', 1, 1)",
    ).run();
    migrate(db, [
      migration0001Settings,
      migration0002Letters,
      migration0003LetterVersions,
      migration0004Citations,
      migration0005Directory,
      migration0006VersionKinds,
      migration0007UpdateLogCheck,
      migration0008OpenComments,
    ]);
    expect(db.prepare('SELECT open_comment_count FROM letters').get()).toEqual({ open_comment_count: 0 });
    expect(() => db.prepare('UPDATE letters SET open_comment_count = -1').run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE letters SET open_comment_count = 'two'").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
  });
});

describe('opening the store file', () => {
  it('uses WAL with synchronous=FULL so a reported save survives a power cut', () => {
    const db = openDatabase(join(tempDir(), 'store.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('explains a data folder that cannot be made, in one sentence', () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    expect(() => openDatabase(join(blocker, 'store.sqlite'))).toThrow(StoreOpenError);
    expect(() => openDatabase(join(blocker, 'store.sqlite'))).toThrow(
      /^Undersigned could not open its data file/,
    );
  });

  it('refuses a damaged file with a plain sentence and does not touch it', () => {
    const file = join(tempDir(), 'store.sqlite');
    const garbage = Buffer.from(
      'this is not a database, it is a letter draft someone saved here'.repeat(100),
    );
    writeFileSync(file, garbage);
    expect(() => openDatabase(file)).toThrow(StoreOpenError);
    expect(() => openDatabase(file)).toThrow(/damaged or is not an Undersigned data file/);
    expect(readFileSync(file)).toEqual(garbage);
  });
});

describe('migration 0009: incremental auto-vacuum', () => {
  it('converts an existing store, keeping its letters, and compaction then gives the log’s pages back', () => {
    const file = join(tempDir(), 'store.sqlite');
    const before = new Database(file);
    before.pragma('journal_mode = WAL');
    migrate(before, MIGRATIONS.slice(0, 8));
    const { id } = letters.createLetter(before, { title: 'Before the vacuum' });
    const insert = before.prepare(
      'INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, 0)',
    );
    before.transaction(() => {
      for (let row = 0; row < 150; row += 1) {
        insert.run(id, Buffer.alloc(2000, row % 251));
      }
    })();
    expect(before.pragma('auto_vacuum', { simple: true })).toBe(0);
    before.close();

    const db = new Database(file);
    migrate(db);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(INCREMENTAL_AUTO_VACUUM);
    expect(letters.listLetters(db, { trash: false }).map((letter) => letter.title)).toEqual([
      'Before the vacuum',
    ]);
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.transaction(() => runStatements(db, compactStatements(id, Buffer.from([0, 0]), 1)))();
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    // 150 rows of 2,000 bytes filled over 70 pages of 4 KB; they are given back, not kept as free pages.
    expect(Number(db.pragma('page_count', { simple: true }))).toBeLessThan(pages - 70);
    db.close();
  });

  it('leaves a store already in incremental mode as it is', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(INCREMENTAL_AUTO_VACUUM);
    expect(() => migration0009IncrementalVacuum.beforeTransaction?.(db)).not.toThrow();
  });
});
