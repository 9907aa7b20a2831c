import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError, openSqliteFile } from '../../src-node/sqlite/open';
import { tempDir } from '../support/temp';

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('opening a SQLite file', () => {
  it('uses WAL with synchronous=FULL, foreign keys and a busy timeout', () => {
    const db = openSqliteFile(join(tempDir(), 'data.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('makes the folder and every file of the database its owner’s only, in a folder others can read', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const file = join(dir, 'new-folder', 'data.sqlite');
    const db = openSqliteFile(file);
    try {
      db.exec('CREATE TABLE t (a INTEGER) STRICT; INSERT INTO t VALUES (1);');
      expect(modeOf(join(dir, 'new-folder'))).toBe(0o700);
      for (const path of [file, `${file}-wal`, `${file}-shm`]) {
        expect(modeOf(path)).toBe(0o600);
      }
    } finally {
      db.close();
    }
  });

  it('narrows a file and a WAL made before to their owner', () => {
    const file = join(tempDir(), 'data.sqlite');
    openSqliteFile(file).close();
    chmodSync(file, 0o644);
    writeFileSync(`${file}-wal`, '', { mode: 0o644 });
    chmodSync(`${file}-wal`, 0o644);
    openSqliteFile(file).close();
    expect(modeOf(file)).toBe(0o600);
  });

  it('refuses a file that is not a database and leaves it as it was', () => {
    const file = join(tempDir(), 'data.sqlite');
    const garbage = Buffer.from('a letter draft someone saved here, not a database '.repeat(100));
    writeFileSync(file, garbage);
    expect(() => openSqliteFile(file)).toThrow(/file is not a database/);
    expect(readFileSync(file)).toEqual(garbage);
  });

  it('refuses a damaged database, naming the file', () => {
    const file = join(tempDir(), 'data.sqlite');
    const db = openSqliteFile(file);
    db.exec('CREATE TABLE t (a TEXT) STRICT; CREATE INDEX t_a ON t (a);');
    db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(3000));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Overwrite the index's root page (page 3): the table still reads, the check finds the index broken.
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x41, 2 * pageSize + 8, 3 * pageSize);
    writeFileSync(file, bytes);
    expect(() => openSqliteFile(file)).toThrow(DamagedDatabaseError);
    expect(() => openSqliteFile(file)).toThrow(`The database ${file} is damaged.`);
  });

  it('opens a database in memory', () => {
    const db = openSqliteFile(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
