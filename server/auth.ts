import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';

/** The file in the data folder that keeps a generated instance key, readable by the server's user only. */
export const INSTANCE_KEY_FILE = 'instance-key';

/** The environment variable that sets the instance key instead of the file. */
export const INSTANCE_KEY_ENV = 'UNDERSIGNED_INSTANCE_KEY';

/** Shortest instance key accepted from the environment: anything shorter can be guessed. */
export const MIN_INSTANCE_KEY_LENGTH = 16;

/** What a link's token lets its holder do with a letter. */
export type Role = 'owner' | 'editor' | 'viewer';

/** The SHA-256 of each of a letter's three tokens, as lowercase hex. */
export interface TokenHashes {
  owner: string;
  editor: string;
  viewer: string;
}

/** A lowercase hex SHA-256, as clients send token hashes. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The instance key and whether it was made just now (so the caller prints it this once). */
export interface InstanceKey {
  key: string;
  created: boolean;
}

/**
 * The key that allows registering letters: the given one (from the environment), else the one kept in the data
 * folder, else a new 256-bit key written there with mode 0600.
 */
export function loadOrCreateInstanceKey(dataDir: string, given: string | undefined): InstanceKey {
  if (given !== undefined) {
    if (given.trim().length < MIN_INSTANCE_KEY_LENGTH) {
      throw new Error(`${INSTANCE_KEY_ENV} must be at least ${MIN_INSTANCE_KEY_LENGTH} characters long.`);
    }
    return { key: given.trim(), created: false };
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, INSTANCE_KEY_FILE);
  const existing = readKeyFile(file);
  if (existing) {
    if ((statSync(file).mode & 0o077) !== 0) {
      chmodSync(file, 0o600);
    }
    return { key: existing, created: false };
  }
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, created: true };
}

/** The SHA-256 of a token's text, as lowercase hex: what the server keeps instead of the token. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** True when the presented secret equals the real one; constant time, whatever the lengths. */
export function secretMatches(presented: string | null | undefined, secret: string): boolean {
  if (!presented) {
    return false;
  }
  return timingSafeEqual(digest(presented), digest(secret));
}

/**
 * Which role a token grants on a letter, or null. Every hash is compared, in constant time, so the answer's timing
 * says nothing about which one matched.
 */
export function roleForToken(token: string | null | undefined, hashes: TokenHashes): Role | null {
  if (!token) {
    return null;
  }
  const presented = digest(token);
  let role: Role | null = null;
  for (const candidate of ['viewer', 'editor', 'owner'] as const) {
    const stored = Buffer.from(hashes[candidate], 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) {
      role = candidate;
    }
  }
  return role;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(request: IncomingMessage): string | null {
  const match = /^Bearer ([^\s]+)\s*$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function readKeyFile(file: string): string | null {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return text.length >= MIN_INSTANCE_KEY_LENGTH ? text : null;
  } catch {
    return null;
  }
}
