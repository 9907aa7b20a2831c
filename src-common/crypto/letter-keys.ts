import { randomBytes } from '@noble/ciphers/utils.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromBase64Url, toBase64Url } from './base64url';

/** Bytes in a content key (XChaCha20-Poly1305) and in a signing key's seed (Ed25519). */
export const KEY_BYTES = 32;

/**
 * The keys of one shared letter, made on the owner's computer and handed on only inside invite links' fragments.
 * Whoever holds the content key reads the letter; whoever also holds the signing seed may write, because the server
 * stores only updates signed by it. `epoch` counts key changes ("Reset links" makes new keys under the next epoch), so
 * an envelope names the keys it was sealed with.
 */
export interface LetterKeys {
  epoch: number;
  contentKey: Uint8Array;
  /** The public half of the signing key, so viewers too can check who may have written an update. */
  verifyKey: Uint8Array;
  /** Absent in a viewer's keys. */
  signingSeed?: Uint8Array;
}

/** New random keys for a letter about to be shared (or re-shared after a reset, with the next epoch). */
export function createLetterKeys(epoch = 1): LetterKeys {
  const signingSeed = randomBytes(KEY_BYTES);
  return { epoch, contentKey: randomBytes(KEY_BYTES), verifyKey: signingPublicKey(signingSeed), signingSeed };
}

/** The same keys without the power to write: what a viewer link carries. */
export function viewerKeys(keys: LetterKeys): LetterKeys {
  return { epoch: keys.epoch, contentKey: keys.contentKey, verifyKey: keys.verifyKey };
}

/** The public half of the signing key: the only key material the server ever learns. */
export function signingPublicKey(signingSeed: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(signingSeed);
}

/**
 * The keys as fragment parameters of an invite link: `e=<epoch>&k=<content key>` and then `s=<signing seed>` for
 * editors (the public half follows from it) or `p=<verify key>` for viewers.
 */
export function keysToFragment(keys: LetterKeys): string {
  const parameters = new URLSearchParams({ e: String(keys.epoch), k: toBase64Url(keys.contentKey) });
  if (keys.signingSeed) {
    parameters.set('s', toBase64Url(keys.signingSeed));
  } else {
    parameters.set('p', toBase64Url(keys.verifyKey));
  }
  return parameters.toString();
}

/**
 * Reads keys kept as the text {@link keysToFragment} wrote, as this computer stores a shared letter's keys; explains in
 * plain words what is wrong when they are not whole.
 */
export function keysFromFragmentText(
  text: string,
): { ok: true; keys: LetterKeys } | { ok: false; problem: string } {
  return keysFromFragment(new URLSearchParams(text));
}

/** Reads the keys from a link's fragment parameters; explains in plain words what is wrong when they are not whole. */
export function keysFromFragment(
  parameters: URLSearchParams,
): { ok: true; keys: LetterKeys } | { ok: false; problem: string } {
  const epoch = Number(parameters.get('e') ?? '');
  const contentKey = fromBase64Url(parameters.get('k') ?? '');
  if (!Number.isSafeInteger(epoch) || epoch < 1 || contentKey?.length !== KEY_BYTES) {
    return {
      ok: false,
      problem: 'The link is missing the key that unlocks the letter. Copy the whole link.',
    };
  }
  const seedText = parameters.get('s');
  if (seedText === null) {
    const verifyKey = fromBase64Url(parameters.get('p') ?? '');
    if (verifyKey?.length !== KEY_BYTES) {
      return {
        ok: false,
        problem: 'The link is missing the key that checks who wrote the letter. Copy the whole link.',
      };
    }
    return { ok: true, keys: { epoch, contentKey, verifyKey } };
  }
  const signingSeed = fromBase64Url(seedText);
  if (signingSeed?.length !== KEY_BYTES) {
    return { ok: false, problem: 'The link’s editing key is cut off. Copy the whole link.' };
  }
  return { ok: true, keys: { epoch, contentKey, verifyKey: signingPublicKey(signingSeed), signingSeed } };
}
