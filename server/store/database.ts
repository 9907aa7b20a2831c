import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openSqliteFile } from '../../src-node/sqlite/open';
import { migrate } from './migrations';

/** The server's database file inside its data folder. */
export const DATABASE_FILE = 'collab.sqlite';

/**
 * Opens (creating if needed) the server's SQLite database, owner-only, and migrates it. Every commit is on disk
 * before it returns (see {@link openSqliteFile}), which is what lets the server acknowledge a change.
 */
export function openServerDatabase(dataDir: string): Database {
  const db = openSqliteFile(join(dataDir, DATABASE_FILE));
  try {
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
