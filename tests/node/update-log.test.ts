import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrate as migrateApp } from '../../src-main/store/migrations';
import { runStatements } from '../../src-node/sqlite/statements';
import { LetterLog } from '../../src-node/update-log/log-sizes';
import { appendStatement, compactStatements, readStoredLog } from '../../src-node/update-log/log-table';
import { loadStoredLetter } from '../../src-node/update-log/replay';

const LETTER = 'letter-one';

function appStore(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrateApp(db);
  db.prepare(
    "INSERT INTO letters (id, title, status, created_at, updated_at) VALUES (?, 'A', 'draft', 1, 1)",
  ).run(LETTER);
  return db;
}

// The server keeps sealed envelopes it cannot replay; the log of readable updates is the app's alone.
const schemas = [{ program: 'the app', open: appStore }];

/** A doc that types, and the updates it made, one per keystroke. */
function typist(): { doc: Y.Doc; updates: Uint8Array[]; type: (text: string) => void } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const body = doc.getText('body');
  return { doc, updates, type: (text) => [...text].forEach((char) => body.insert(body.length, char)) };
}

function append(db: Database.Database, updates: readonly Uint8Array[]): void {
  db.transaction(() =>
    runStatements(
      db,
      updates.map((update, index) => appendStatement(LETTER, update, index)),
    ),
  )();
}

describe.each(schemas)('the update log in $program’s schema', ({ open }) => {
  it('holds nothing for a letter not written yet, which replays as an empty doc', () => {
    const db = open();
    const stored = readStoredLog(db, LETTER);
    expect(stored.snapshot).toBeNull();
    expect([...stored.updates]).toEqual([]);
    const loaded = loadStoredLetter(db, LETTER);
    expect(loaded).toMatchObject({ snapshotBytes: 0, logUpdates: 0, logBytes: 0 });
    expect(loaded.doc.getText('body').toString()).toBe('');
  });

  it('replays appended updates, in order, into the doc that made them, and counts their sizes', () => {
    const db = open();
    const writer = typist();
    writer.type('We urge you');
    append(db, writer.updates);
    expect([...readStoredLog(db, LETTER).updates]).toEqual(
      writer.updates.map((update) => Buffer.from(update)),
    );
    const loaded = loadStoredLetter(db, LETTER);
    expect(loaded.doc.getText('body').toString()).toBe('We urge you');
    expect(loaded).toMatchObject({
      snapshotBytes: 0,
      logUpdates: writer.updates.length,
      logBytes: writer.updates.reduce((sum, update) => sum + update.length, 0),
    });
  });

  it('compacts the log into one snapshot of the whole state, which replays to the same letter', () => {
    const db = open();
    const writer = typist();
    writer.type('We urge you');
    append(db, writer.updates.splice(0));
    const whole = Y.encodeStateAsUpdate(loadStoredLetter(db, LETTER).doc);
    db.transaction(() => runStatements(db, compactStatements(LETTER, whole, 5)))();
    writer.type(' to act.');
    append(db, writer.updates);

    const stored = readStoredLog(db, LETTER);
    expect(stored.snapshot).toEqual(Buffer.from(whole));
    expect([...stored.updates]).toHaveLength(writer.updates.length);
    const loaded = loadStoredLetter(db, LETTER);
    expect(loaded.doc.getText('body').toString()).toBe('We urge you to act.');
    expect(Y.encodeStateVector(loaded.doc)).toEqual(Y.encodeStateVector(writer.doc));
    expect(loaded.snapshotBytes).toBe(whole.length);

    // A second compaction replaces the snapshot.
    const again = Y.encodeStateAsUpdate(loaded.doc);
    db.transaction(() => runStatements(db, compactStatements(LETTER, again, 6)))();
    expect(readStoredLog(db, LETTER).snapshot).toEqual(Buffer.from(again));
    expect([...readStoredLog(db, LETTER).updates]).toEqual([]);
  });

  it('refuses an empty update', () => {
    const db = open();
    expect(() => runStatements(db, [appendStatement(LETTER, new Uint8Array(0), 1)])).toThrow(
      /CHECK constraint/,
    );
  });
});

describe('a loaded letter’s log sizes', () => {
  const update = new Uint8Array(10).fill(1);
  const state = () => new Uint8Array(4).fill(2);

  it('appends until the log holds more updates than the policy allows, then compacts instead', () => {
    const log = new LetterLog(
      LETTER,
      { snapshotBytes: 100, logUpdates: 1, logBytes: 10 },
      { updates: 3, bytes: 1000 },
    );
    expect(log.hasLog).toBe(true);
    expect(log.storedBytes).toBe(110);
    expect(log.write(update, state, 1)).toEqual([appendStatement(LETTER, update, 1)]);
    expect(log.write(update, state, 2)).toEqual([appendStatement(LETTER, update, 2)]);
    expect(log.storedBytes).toBe(130);
    expect(log.write(update, state, 3)).toEqual(compactStatements(LETTER, state(), 3));
    expect(log.hasLog).toBe(false);
    expect(log.storedBytes).toBe(4);
    expect(log.write(update, state, 4)).toEqual([appendStatement(LETTER, update, 4)]);
  });

  it('compacts once the log holds more bytes than the policy allows', () => {
    const log = new LetterLog(
      LETTER,
      { snapshotBytes: 0, logUpdates: 0, logBytes: 0 },
      { updates: 500, bytes: 15 },
    );
    expect(log.write(update, state, 1)).toEqual([appendStatement(LETTER, update, 1)]);
    expect(log.write(update, state, 2)).toEqual(compactStatements(LETTER, state(), 2));
  });

  it('compacts now, in a transaction of its own', () => {
    const db = appStore();
    const writer = typist();
    writer.type('Draft');
    append(db, writer.updates);
    const stored = loadStoredLetter(db, LETTER);
    const log = new LetterLog(LETTER, stored, { updates: 500, bytes: 1000 });
    const whole = Y.encodeStateAsUpdate(stored.doc);
    log.compact(db, whole, 9);
    expect(log).toMatchObject({ hasLog: false, storedBytes: whole.length });
    expect(loadStoredLetter(db, LETTER)).toMatchObject({ snapshotBytes: whole.length, logUpdates: 0 });
  });
});
