import { createHash, timingSafeEqual } from 'node:crypto';

/** The SHA-256 of a text (as UTF-8), as 32 bytes. */
export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The SHA-256 of a text (as UTF-8), as lowercase hex: what a server keeps instead of a token. */
export function sha256Hex(text: string): string {
  return sha256(text).toString('hex');
}

/**
 * True when the presented secret equals the real one, in constant time whatever the lengths: both are hashed
 * first, so the comparison always runs over 32 bytes and never returns early on a length that differs (which
 * would tell an attacker the secret's length).
 */
export function secretMatches(presented: string | null | undefined, secret: string): boolean {
  if (!presented) {
    return false;
  }
  return timingSafeEqual(sha256(presented), sha256(secret));
}
