import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src-common/crypto/base64url';
import {
  createLetterKeys,
  keysFromFragment,
  keysFromFragmentText,
  keysToFragment,
  viewerKeys,
} from '../../../src-common/crypto/letter-keys';

describe('letter keys in a link fragment', () => {
  it('carries an editor’s keys whole, and a viewer’s without the signing seed', () => {
    const keys = createLetterKeys(3);
    const editor = keysFromFragment(new URLSearchParams(keysToFragment(keys)));
    expect(editor).toEqual({ ok: true, keys });
    const viewerFragment = keysToFragment(viewerKeys(keys));
    expect(viewerFragment).not.toContain('s=');
    expect(keysFromFragment(new URLSearchParams(viewerFragment))).toEqual({
      ok: true,
      keys: viewerKeys(keys),
    });
  });

  it('explains a fragment that is missing or cut off', () => {
    const full = new URLSearchParams(keysToFragment(createLetterKeys()));
    const noContentKey = new URLSearchParams(full);
    noContentKey.delete('k');
    expect(keysFromFragment(noContentKey)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('missing'),
    });
    const cutSeed = new URLSearchParams(full);
    cutSeed.set('s', (full.get('s') ?? '').slice(0, 20));
    expect(keysFromFragment(cutSeed)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('cut off'),
    });
    const viewerWithoutVerifyKey = new URLSearchParams(full);
    viewerWithoutVerifyKey.delete('s');
    expect(keysFromFragment(viewerWithoutVerifyKey)).toMatchObject({ ok: false });
    const badEpoch = new URLSearchParams(full);
    badEpoch.set('e', '0');
    expect(keysFromFragment(badEpoch)).toMatchObject({ ok: false });
  });

  it('reads keys kept as fragment text, as a stored shared letter keeps them', () => {
    const keys = createLetterKeys(2);
    expect(keysFromFragmentText(keysToFragment(keys))).toEqual({ ok: true, keys });
    expect(keysFromFragmentText(keysToFragment(viewerKeys(keys)))).toEqual({
      ok: true,
      keys: viewerKeys(keys),
    });
    expect(keysFromFragmentText('e=2&k=short')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('missing'),
    });
  });

  it('makes new random keys every time', () => {
    expect(toBase64Url(createLetterKeys().contentKey)).not.toBe(toBase64Url(createLetterKeys().contentKey));
  });
});

describe('base64url', () => {
  it('round-trips every length and refuses text that is not base64url', () => {
    for (let length = 0; length < 70; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + length) % 256);
      const encoded = toBase64Url(bytes);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/u);
      expect(Array.from(fromBase64Url(encoded) ?? [])).toEqual(Array.from(bytes));
    }
    expect(fromBase64Url('abc+')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});
