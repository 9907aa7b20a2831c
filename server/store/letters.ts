import type { Database } from 'better-sqlite3';
import type { TokenHashes } from '../auth';
import { runStatements } from '../../src-node/sqlite/statements';
import { rekeyLetterStatement, sealLetterStatement } from './envelopes';
import { textColumn } from './rows';

/** The keys a sealed letter is registered or reset with: the epoch and the public half of its signing key. */
export interface SealingKeys {
  epoch: number;
  verifyKey: Uint8Array;
}

/** Registers a sealed letter with its token hashes and keys; false when the id is already taken (nothing changes). */
export function registerLetter(
  db: Database,
  id: string,
  hashes: TokenHashes,
  now: number,
  sealing: SealingKeys,
): boolean {
  return db.transaction(() => {
    const result = db
      .prepare(
        `INSERT INTO letters (id, owner_token_sha256, editor_token_sha256, viewer_token_sha256, created_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(id, hashes.owner, hashes.editor, hashes.viewer, now);
    if (result.changes !== 1) {
      return false;
    }
    runStatements(db, [sealLetterStatement(id, sealing.epoch, sealing.verifyKey)]);
    return true;
  })();
}

/** The token hashes of a registered letter, or null when there is no such letter. */
export function letterTokenHashes(db: Database, id: string): TokenHashes | null {
  const row: unknown = db
    .prepare('SELECT owner_token_sha256, editor_token_sha256, viewer_token_sha256 FROM letters WHERE id = ?')
    .get(id);
  const owner = textColumn(row, 'owner_token_sha256');
  const editor = textColumn(row, 'editor_token_sha256');
  const viewer = textColumn(row, 'viewer_token_sha256');
  return owner === null || editor === null || viewer === null ? null : { owner, editor, viewer };
}

/** Replaces a letter's editor and viewer token hashes and its keys in one transaction; false without such a letter. */
export function resetLetterTokens(
  db: Database,
  id: string,
  hashes: Pick<TokenHashes, 'editor' | 'viewer'>,
  now: number,
  sealing: SealingKeys,
): boolean {
  return db.transaction(() => {
    const result = db
      .prepare(
        'UPDATE letters SET editor_token_sha256 = ?, viewer_token_sha256 = ?, tokens_reset_at = ? WHERE id = ?',
      )
      .run(hashes.editor, hashes.viewer, now, id);
    if (result.changes === 1) {
      runStatements(db, [rekeyLetterStatement(id, sealing.epoch, sealing.verifyKey)]);
    }
    return result.changes === 1;
  })();
}
