import { statSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateOwnerOnlySecret } from '../../src-node/owner-only';
import { secretMatches, sha256, sha256Hex } from '../../src-node/secrets';
import { tempDir } from '../support/temp';

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('secret comparison', () => {
  it('matches the same secret only', () => {
    expect(secretMatches('instance-key-0123456789', 'instance-key-0123456789')).toBe(true);
    expect(secretMatches('instance-key-0123456788', 'instance-key-0123456789')).toBe(false);
  });

  it('compares secrets of any length without throwing, and refuses nothing presented', () => {
    expect(secretMatches('ke', 'key')).toBe(false);
    expect(secretMatches('key-and-more', 'key')).toBe(false);
    expect(secretMatches('key', 'key')).toBe(true);
    for (const nothing of [null, undefined, '']) {
      expect(secretMatches(nothing, 'key')).toBe(false);
    }
  });

  it('hashes with SHA-256, as bytes and as lowercase hex', () => {
    // The FIPS 180-2 test vector for "abc".
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sha256Hex('abc')).toBe(abc);
    expect(sha256('abc').toString('hex')).toBe(abc);
    expect(sha256('').length).toBe(32);
  });
});

describe('an owner-only secret file', () => {
  const accepts = (text: string) => /^[A-Za-z0-9_-]{43}$/.test(text);

  it('is made once, 256 random bits, readable by its owner only in a folder only its owner can enter', () => {
    const dir = join(tempDir(), 'data');
    const first = loadOrCreateOwnerOnlySecret(dir, 'secret', accepts);
    expect(first.created).toBe(true);
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(join(dir, 'secret'))).toBe(0o600);
    expect(readFileSync(join(dir, 'secret'), 'utf8')).toBe(`${first.secret}\n`);
    expect(loadOrCreateOwnerOnlySecret(dir, 'secret', accepts)).toEqual({
      secret: first.secret,
      created: false,
    });
  });

  it('keeps a secret written by hand (around spaces), narrowing a file others could read', () => {
    const dir = tempDir();
    const file = join(dir, 'secret');
    writeFileSync(file, '  a-key-someone-chose-with-care  \n');
    chmodSync(file, 0o644);
    expect(loadOrCreateOwnerOnlySecret(dir, 'secret', (text) => text.length >= 16)).toEqual({
      secret: 'a-key-someone-chose-with-care',
      created: false,
    });
    expect(modeOf(file)).toBe(0o600);
  });

  it('replaces a file that holds something the caller does not accept', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret'), 'short', { mode: 0o644 });
    const replaced = loadOrCreateOwnerOnlySecret(dir, 'secret', accepts);
    expect(replaced.created).toBe(true);
    expect(replaced.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(modeOf(join(dir, 'secret'))).toBe(0o600);
  });
});
