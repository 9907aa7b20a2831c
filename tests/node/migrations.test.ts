import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  NewerSchemaError,
  readVersion,
  runMigrations,
  type Migration,
} from '../../src-node/sqlite/migrations';

const newer = (found: number, known: number) => `Schema ${found} is newer than ${known}.`;

function table(version: number, name: string): Migration {
  return { version, name, up: (db) => db.exec(`CREATE TABLE ${name} (a INTEGER) STRICT;`) };
}

function tables(db: Database.Database): unknown[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => (typeof row === 'object' && row !== null && 'name' in row ? row.name : null));
}

describe('the migration runner', () => {
  it('brings a new file to the last migration once, and does nothing the second time', () => {
    const db = new Database(':memory:');
    const migrations = [table(1, 'first'), table(2, 'second')];
    expect(readVersion(db)).toBe(0);
    expect(runMigrations(db, migrations, newer)).toBe(2);
    expect(readVersion(db)).toBe(2);
    expect(tables(db)).toEqual(['first', 'second']);
    expect(runMigrations(db, migrations, newer)).toBe(2);
    expect(tables(db)).toEqual(['first', 'second']);
  });

  it('runs only the migrations a file has not had', () => {
    const db = new Database(':memory:');
    runMigrations(db, [table(1, 'first')], newer);
    expect(runMigrations(db, [table(1, 'first'), table(2, 'second')], newer)).toBe(2);
    expect(tables(db)).toEqual(['first', 'second']);
  });

  it('refuses a file written by a newer build, in the program’s own words, and leaves it as it was', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 3');
    const refusal = (() => {
      try {
        runMigrations(db, [table(1, 'first')], newer);
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(NewerSchemaError);
    expect(refusal).toMatchObject({ message: 'Schema 3 is newer than 1.', found: 3, known: 1 });
    expect(readVersion(db)).toBe(3);
    expect(tables(db)).toEqual([]);
  });

  it('rolls a failing migration back whole, so the file stays at the last good version', () => {
    const db = new Database(':memory:');
    const failing: Migration = {
      version: 2,
      name: 'broken',
      up: (target) => target.exec('CREATE TABLE half (a INTEGER) STRICT; SELECT * FROM missing;'),
    };
    expect(() => runMigrations(db, [table(1, 'first'), failing], newer)).toThrow(/no such table: missing/);
    expect(readVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['first']);
  });

  it('does work that cannot be in a transaction first, outside one, and again after a failure', () => {
    const db = new Database(':memory:');
    const seen: boolean[] = [];
    let fail = true;
    const vacuuming: Migration = {
      version: 1,
      name: 'vacuum',
      beforeTransaction: (target) => {
        seen.push(target.inTransaction);
        target.exec('VACUUM');
      },
      up: (target) => {
        if (fail) {
          throw new Error('interrupted');
        }
        target.exec('CREATE TABLE after_vacuum (a INTEGER) STRICT;');
      },
    };
    expect(() => runMigrations(db, [vacuuming], newer)).toThrow('interrupted');
    expect(readVersion(db)).toBe(0);
    fail = false;
    expect(runMigrations(db, [vacuuming], newer)).toBe(1);
    expect(seen).toEqual([false, false]);
    expect(tables(db)).toEqual(['after_vacuum']);
  });
});
