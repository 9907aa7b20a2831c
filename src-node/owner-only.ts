import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes an empty file readable and writable by its owner only, unless it exists already. SQLite gives a database's
 * WAL and shared-memory files the database file's own mode, and `VACUUM INTO` accepts an empty target, so creating
 * the file first is what keeps letters out of other accounts' reach when the data folder itself is open to them.
 */
export function createOwnerOnlyFile(path: string): void {
  if (!existsSync(path)) {
    closeSync(openSync(path, 'a', 0o600));
  }
  chmodSync(path, 0o600);
}

/** Narrows files made before this rule (a database, its `-wal` and `-shm`) to their owner, where they exist. */
export function restrictToOwner(paths: readonly string[]): void {
  for (const path of paths) {
    if (existsSync(path)) {
      chmodSync(path, 0o600);
    }
  }
}

/** A secret kept in a file, and whether it was made just now (so the caller can say so, once). */
export interface OwnerOnlySecret {
  secret: string;
  created: boolean;
}

/**
 * The secret kept in `dir/name` when the file holds one that `accepts` allows, else a new 256-bit one (base64url)
 * written there. The folder is made 0700 and the file is (or is narrowed to) 0600: it opens the data to whoever
 * reads it.
 */
export function loadOrCreateOwnerOnlySecret(
  dir: string,
  name: string,
  accepts: (text: string) => boolean,
): OwnerOnlySecret {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, name);
  const existing = readSecret(file, accepts);
  if (existing !== null) {
    restrictToOwner([file]);
    return { secret: existing, created: false };
  }
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secret, created: true };
}

function readSecret(file: string, accepts: (text: string) => boolean): string | null {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return accepts(text) ? text : null;
  } catch {
    return null;
  }
}
