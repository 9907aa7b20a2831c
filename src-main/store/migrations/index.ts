import type { Database } from 'better-sqlite3';
import { runMigrations, type Migration } from '../../../src-node/sqlite/migrations';
import { migration0001Settings } from './0001-settings';
import { migration0002Letters } from './0002-letters';
import { migration0003LetterVersions } from './0003-letter-versions';
import { migration0004Citations } from './0004-citations';
import { migration0005Directory } from './0005-directory';
import { migration0006VersionKinds } from './0006-version-kinds';
import { migration0007UpdateLogCheck } from './0007-update-log-check';
import { migration0008OpenComments } from './0008-open-comments';
import { migration0009IncrementalVacuum } from './0009-incremental-vacuum';

/** Every migration, in order. Append only: a released migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Settings,
  migration0002Letters,
  migration0003LetterVersions,
  migration0004Citations,
  migration0005Directory,
  migration0006VersionKinds,
  migration0007UpdateLogCheck,
  migration0008OpenComments,
  migration0009IncrementalVacuum,
];

/** The schema version this build writes. */
export const LATEST_VERSION = MIGRATIONS.length;

/** Brings the store to {@link LATEST_VERSION}; data saved by a newer app is refused and left untouched. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  return runMigrations(
    db,
    migrations,
    (found, known) =>
      `This data was saved by a newer version of Undersigned (schema ${found}, this app knows ${known}). Please update the app.`,
  );
}
