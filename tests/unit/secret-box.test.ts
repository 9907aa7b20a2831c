import { describe, expect, it } from 'vitest';
import { keychainBox, ownerOnlyFileBox, type SafeStorageLike } from '../../src-main/collab/secret-box';

/** Stands in for Electron's safeStorage, which needs a running Electron: reversible, but never plain text. */
function fakeKeychain(available: boolean): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a),
    decryptString: (bytes) => Buffer.from(bytes.map((byte) => byte ^ 0x5a)).toString('utf8'),
  };
}

describe('secret boxes', () => {
  it('seals with the keychain, so the file never holds the secrets in clear', () => {
    const box = keychainBox(fakeKeychain(true));
    const sealed = box.seal('{"token":"secret-token"}');
    expect(Buffer.from(sealed).toString('utf8')).not.toContain('secret-token');
    expect(box.open(sealed)).toBe('{"token":"secret-token"}');
    expect(box.fileName).not.toBe(ownerOnlyFileBox.fileName);
  });

  it('refuses to save when the computer has no keychain', () => {
    expect(() => keychainBox(fakeKeychain(false)).seal('{}')).toThrow(/no keychain/);
  });
});
