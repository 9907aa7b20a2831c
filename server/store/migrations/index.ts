import type { Database } from 'better-sqlite3';
import { runMigrations, type Migration } from '../../../src-node/sqlite/migrations';
import { migration0001Letters } from './0001-letters';
import { migration0002UpdateLog } from './0002-update-log';
import { migration0003IncrementalVacuum } from './0003-incremental-vacuum';
import { migration0004SealedEnvelopes } from './0004-sealed-envelopes';
import { migration0005DropPlaintextLog } from './0005-drop-plaintext-log';

/** Every migration of the server's database, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Letters,
  migration0002UpdateLog,
  migration0003IncrementalVacuum,
  migration0004SealedEnvelopes,
  migration0005DropPlaintextLog,
];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS.length;

/** Brings the server's database to {@link LATEST_VERSION}; a database written by a newer server is refused. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  return runMigrations(
    db,
    migrations,
    (found, known) =>
      `This database was written by a newer Undersigned server (schema ${found}, this one knows ${known}).`,
  );
}
