import type { Database } from 'better-sqlite3';
import { migration0001Settings } from './0001-settings';
import { migration0002Letters } from './0002-letters';
import { migration0003LetterVersions } from './0003-letter-versions';
import { migration0004Citations } from './0004-citations';
import { migration0005Directory } from './0005-directory';
import { migration0006VersionKinds } from './0006-version-kinds';
import type { Migration } from './migration';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Settings,
  migration0002Letters,
  migration0003LetterVersions,
  migration0004Citations,
  migration0005Directory,
  migration0006VersionKinds,
];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS.length;

/** Thrown when the data file was written by a newer Undersigned; it is left untouched. */
export class NewerSchemaError extends Error {}

/**
 * Brings the database to {@link LATEST_VERSION}, one transaction per migration, so a crash leaves it at the
 * last fully applied version. `PRAGMA user_version` records where it stands.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = readVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new NewerSchemaError(
      `This data was saved by a newer version of Undersigned (schema ${current}, this app knows ${latest}). Please update the app.`,
    );
  }
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}

/** The schema version stored in the file. */
export function readVersion(db: Database): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
}
