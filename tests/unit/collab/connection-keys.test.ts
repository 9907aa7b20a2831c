import { describe, expect, it } from 'vitest';
import { createLetterKeys, keysToFragment } from '../../../src-common/crypto/letter-keys';
import { connectionKeys } from '../../../src-renderer/collab/connection-keys';
import { fixedStatus, syncWords } from '../../../src-renderer/collab/sealed-status';

describe('the keys of a stored connection', () => {
  it('says a letter shared before end-to-end encryption must be shared again, in the status line’s words', () => {
    const found = connectionKeys({});
    expect(found).toEqual({
      ok: false,
      problem: 'This letter was shared before end-to-end encryption: share it again.',
    });
    const problem = found.ok ? '' : found.problem;
    expect(syncWords(fixedStatus({ kind: 'refused', reason: problem, waiting: 0 }).status())).toBe(
      'Not syncing: This letter was shared before end-to-end encryption: share it again.',
    );
  });

  it('reads the keys of a sealed letter, and refuses keys that cannot be read', () => {
    const keys = createLetterKeys();
    expect(connectionKeys({ keys: keysToFragment(keys) })).toEqual({ ok: true, keys });
    expect(connectionKeys({ keys: 'k=short&e=1' })).toMatchObject({ ok: false });
  });
});
