import type { Database } from 'better-sqlite3';

/** One numbered step of a schema; `up` runs inside a transaction and never changes once released. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /** Work that cannot run in a transaction (VACUUM), done first; it must be safe to repeat after a crash. */
  beforeTransaction?(db: Database): void;
}

/** Thrown when the file was written by a newer build; it is left untouched. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';

  constructor(
    message: string,
    /** The schema version found in the file. */
    readonly found: number,
    /** The latest version this build knows. */
    readonly known: number,
  ) {
    super(message);
  }
}

/** Says, for the people who run this program, that a file's schema is newer than this build knows. */
export type NewerSchemaMessage = (found: number, known: number) => string;

/**
 * Brings the database to the last of `migrations`, one transaction per migration (after any work of it that
 * cannot be in one), so a crash leaves it at the last fully applied version. `PRAGMA user_version` records where
 * it stands. Returns the version it is at.
 */
export function runMigrations(
  db: Database,
  migrations: readonly Migration[],
  newerSchema: NewerSchemaMessage,
): number {
  const current = readVersion(db);
  const latest = migrations.length;
  if (current > latest) {
    throw new NewerSchemaError(newerSchema(current, latest), current, latest);
  }
  for (const migration of migrations.slice(current)) {
    migration.beforeTransaction?.(db);
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
