import { timingSafeEqual } from 'node:crypto';
import { loadOrCreateOwnerOnlySecret } from '../src-node/owner-only';
import { sha256 } from '../src-node/secrets';

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
  const { secret, created } = loadOrCreateOwnerOnlySecret(
    dataDir,
    INSTANCE_KEY_FILE,
    (text) => text.length >= MIN_INSTANCE_KEY_LENGTH,
  );
  return { key: secret, created };
}

/**
 * Which role a token grants on a letter, or null. Every hash is compared, in constant time, so the answer's timing
 * says nothing about which one matched.
 */
export function roleForToken(token: string | null | undefined, hashes: TokenHashes): Role | null {
  if (!token) {
    return null;
  }
  const presented = sha256(token);
  let role: Role | null = null;
  for (const candidate of ['viewer', 'editor', 'owner'] as const) {
    const stored = Buffer.from(hashes[candidate], 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented)) {
      role = candidate;
    }
  }
  return role;
}
