import type { Database } from 'better-sqlite3';

/** A value SQLite binds: text, a number, bytes or null. */
export type SqlValue = string | number | Uint8Array | null;

/** One statement of a batch: SQL with its parameters, or SQL without any (a pragma) when `params` is null. */
export type Statement = readonly [sql: string, params: readonly SqlValue[] | null];

/** Runs statements on `db`, in the caller's transaction. */
export function runStatements(db: Database, statements: readonly Statement[]): void {
  for (const [sql, params] of statements) {
    if (params === null) {
      db.exec(sql);
    } else {
      db.prepare(sql).run(...params);
    }
  }
}
