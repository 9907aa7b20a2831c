import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data folder that keeps browser mode's secret, readable by this user only. */
export const TOKEN_FILE = 'browser-mode-token';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Returns the browser-mode token, creating it (256 random bits) on first use. Reusing it across restarts lets an
 * open page reconnect by itself when the host comes back on the same port.
 */
export function loadOrCreateToken(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, TOKEN_FILE);
  const existing = readToken(file);
  if (existing) {
    if ((statSync(file).mode & 0o077) !== 0) {
      chmodSync(file, 0o600);
    }
    return existing;
  }
  const token = randomBytes(32).toString('base64url');
  writeFileSync(file, token, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}

/** Compares a presented token with the real one in constant time. */
export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (!presented) {
    return false;
  }
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readToken(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return TOKEN_PATTERN.test(text) ? text : null;
  } catch {
    return null;
  }
}
