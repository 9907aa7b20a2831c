import type * as Y from 'yjs';
import type { EnvelopeSigner } from '../crypto/envelope-signer';
import type { LetterKeys } from '../crypto/letter-keys';
import type { SignatureVerifier } from '../crypto/signature-verifier';
import type { CompactionLimits } from './sealed-compaction';
import type { SealedSyncProblem, SealedSyncState } from './sealed-sync-state';

/** What a {@link SealedDocSync} keeps in step, with whom, and whom it tells. */
export interface SealedDocSyncOptions {
  letterId: string;
  keys: LetterKeys;
  doc: Y.Doc;
  state: SealedSyncState;
  send(bytes: Uint8Array): void;
  onProblem(problem: SealedSyncProblem): void;
  /** After anything that changes `waiting`, `synced` or the state to remember. */
  onChange?(): void;
  /** When to offer the server a snapshot (by default after 500 envelopes or 1 MB). */
  compaction?: CompactionLimits;
  /** A co-editor's presence (name, colour, caret), opened and checked like any envelope. */
  onPresence?(plaintext: Uint8Array): void;
  /** How many changes the status line said were waiting when this letter was last open, so a restart keeps it. */
  waitingFromEarlier?: number;
  /**
   * Write a snapshot as soon as this copy has caught up: the letter's keys were just replaced, and people with the
   * new links can read nothing written under the old ones until a snapshot under the new keys is stored.
   */
  snapshotFirst?: boolean;
  /**
   * False while the socket is closing: a message sent then is lost, and an update sealed for it would use up a
   * counter, which readers would take for a change the server held back. Changes wait for the next connection.
   */
  canSend?(): boolean;
  /**
   * Checks envelopes' signatures; by default the script's Ed25519, which answers at once. A verifier that answers
   * later (WebCrypto's, `webCryptoVerifier`) is much faster on a long backlog; messages still take effect in order.
   */
  verifier?: SignatureVerifier;
  /**
   * Signs this copy's envelopes with `keys.signingSeed`; by default the script's Ed25519, which answers at once. One
   * that answers later (WebCrypto's, `webCryptoSigner`) keeps signing off the typing path; envelopes still go out in
   * the order they were sealed.
   */
  signer?: EnvelopeSigner;
  /**
   * When to seal the local changes collected so far; by default the next task. A keystroke's transaction then only
   * collects its update, and the changes of one tick go out as one envelope.
   */
  schedule?(run: () => void): void;
  /**
   * When a viewer's copy checks whether a change the server lost came back from its writer, and if not says it alone
   * holds it (by default two minutes later); returns what cancels the check.
   */
  checkLostLater?(run: () => void): () => void;
}
