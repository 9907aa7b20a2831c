import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';

/**
 * Each writer's update envelopes form a hash chain: the sealed plaintext of an update carries, after the Yjs update,
 * the SHA-256 of the same writer's previous update envelope (all its bytes, signature included), or marks the start
 * of a chain. The link is inside the AEAD, so the server sees nothing new; a reader that holds an envelope whose
 * signature it checked then holds, through the links, every earlier envelope of that chain without checking their
 * signatures (`chain-check.ts`).
 *
 * The link rides after the update, as a trailer that ends in a byte no Yjs update ends in (the last byte of a v1
 * update is the end of a variable-length integer, below 0x80). Yjs reads an update and ignores what follows it, so
 * a copy from before chains applies a chained update as it is; a plaintext without the trailer is an update from
 * before chains, which has no link and is checked on its own.
 */
export interface UpdateLink {
  /** The Yjs update. */
  update: Uint8Array;
  /** The digest of the writer's previous update envelope; null at a chain's start or before chains. */
  previous: Uint8Array | null;
  /** False for an update written before chains. */
  chained: boolean;
}

export const DIGEST_BYTES = 32;
/** "USCH", the trailer's version, then a byte no Yjs update ends in. */
const TAG = new Uint8Array([0x55, 0x53, 0x43, 0x48, 0x01, 0xff]);
const START = 0;
const LINKED = 1;

/** The digest that links an envelope to the next one of its writer. */
export function envelopeDigest(envelope: Uint8Array): Uint8Array {
  return sha256(envelope);
}

/** An update's plaintext with its link: `previous` is the digest of the writer's last update envelope, or null. */
export function linkUpdate(update: Uint8Array, previous: Uint8Array | null): Uint8Array {
  if (previous === null) {
    return concatBytes(update, new Uint8Array([START]), TAG);
  }
  if (previous.length !== DIGEST_BYTES) {
    throw new Error(`A link is a ${DIGEST_BYTES}-byte digest.`);
  }
  return concatBytes(update, previous, new Uint8Array([LINKED]), TAG);
}

/** Reads an update's plaintext: the update and its link, or the whole plaintext when it has no trailer. */
export function readUpdateLink(plaintext: Uint8Array): UpdateLink {
  const unchained = { update: plaintext, previous: null, chained: false };
  const tagAt = plaintext.length - TAG.length;
  if (tagAt < 1 || !TAG.every((byte, index) => plaintext[tagAt + index] === byte)) {
    return unchained;
  }
  const kind = plaintext[tagAt - 1];
  if (kind === START) {
    return { update: plaintext.subarray(0, tagAt - 1), previous: null, chained: true };
  }
  const digestAt = tagAt - 1 - DIGEST_BYTES;
  if (kind !== LINKED || digestAt < 0) {
    return unchained;
  }
  return {
    update: plaintext.subarray(0, digestAt),
    previous: plaintext.subarray(digestAt, tagAt - 1),
    chained: true,
  };
}

/**
 * A writer's end of the chain: the digest of its last update envelope. It lives as long as the connection object;
 * after a restart or with new keys a writer starts a new chain, which costs a reader one more signature check.
 */
export class WriterChain {
  private previous: Uint8Array | null = null;

  /** The plaintext to seal for `update`, linked to the last envelope sealed. */
  link(update: Uint8Array): Uint8Array {
    return linkUpdate(update, this.previous);
  }

  /** The update envelope just sealed, which the next one links to. */
  sealed(envelope: Uint8Array): void {
    this.previous = envelopeDigest(envelope);
  }
}
