import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { migrate } from './migrations';

/** The server's database file inside its data folder. */
export const DATABASE_FILE = 'collab.sqlite';

/**
 * Opens (creating if needed) the server's SQLite database and migrates it. WAL with `synchronous=FULL`: a commit
 * is on disk before it returns, which is what lets the server acknowledge a change.
 */
export function openServerDatabase(dataDir: string): Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, DATABASE_FILE);
  // Letters are drafts that may endanger people if leaked: the file (and so its -wal and -shm, which SQLite
  // creates with the same permissions) is readable by the server's user only.
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  const db = new DatabaseConstructor(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check: unknown = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new Error(`The database ${file} is damaged.`);
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
