import { randomBytes } from 'node:crypto';

/** A new letter (or note) id: 128 random bits, URL-safe, the same on every computer that gets the letter. */
export function newLetterId(): string {
  return randomBytes(16).toString('base64url');
}
