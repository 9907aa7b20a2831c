import type { CollabConnection } from '../../src-common/api/collab-schemas';
import { SHARED_BEFORE_ENCRYPTION } from '../../src-common/collab/sealed-messages';
import { keysFromFragmentText, type LetterKeys } from '../../src-common/crypto/letter-keys';

/**
 * The keys a stored connection opens its letter with, or why it cannot connect at all. A connection without keys
 * is a letter shared before end-to-end encryption, which no server serves any more: it must be shared again.
 */
export function connectionKeys(
  connection: Pick<CollabConnection, 'keys'>,
): { ok: true; keys: LetterKeys } | { ok: false; problem: string } {
  if (connection.keys === undefined) {
    return { ok: false, problem: SHARED_BEFORE_ENCRYPTION };
  }
  return keysFromFragmentText(connection.keys);
}
