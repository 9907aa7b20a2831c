import { ed25519 } from '@noble/curves/ed25519.js';
import { equalBytes } from '@noble/curves/utils.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { runtimeSubtle, type RuntimeKey, type Subtle } from './runtime-subtle';

/**
 * Signs envelopes with a letter's signing key. Ed25519 signatures are deterministic (RFC 8032): the script and the
 * runtime give the same bytes for the same message, so a signature still pending may be made again at once in the
 * script (`EnvelopeOutbox.flushNow`, when the window closes) and the late one dropped.
 */
export interface EnvelopeSigner {
  /** Signs at once, in this script (@noble/curves, about 2 ms a signature). */
  signNow(message: Uint8Array): Uint8Array;
  /** Signs, maybe later; never rejects. */
  sign(message: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

/** Ed25519 in this script: runs anywhere and answers at once, but derives the key from the seed for each signature. */
export function scriptSigner(seed: Uint8Array): EnvelopeSigner {
  const signNow = (message: Uint8Array): Uint8Array => ed25519.sign(message, seed);
  return { signNow, sign: signNow };
}

/** PKCS #8's wrapping of a 32-byte Ed25519 seed (RFC 8410): a fixed prefix, then the seed. */
const PKCS8_ED25519 = new Uint8Array([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
const PROBE = utf8ToBytes('undersigned/signer-probe');

/**
 * Ed25519 through the runtime's WebCrypto (Chromium since 137, so Electron 45, and Node 20): the key is imported once,
 * as a key the page cannot read back, and each signature costs about a tenth of a millisecond off the main thread
 * instead of 2 ms on it. The imported key's first signature must match the script's, so a runtime that signs
 * differently is never trusted; without WebCrypto, without its Ed25519, or on any error, the script signs.
 */
export function webCryptoSigner(seed: Uint8Array): EnvelopeSigner {
  const inScript = scriptSigner(seed);
  const subtle = runtimeSubtle();
  if (!subtle) {
    return inScript;
  }
  const signWith = async (key: RuntimeKey, message: Uint8Array): Promise<Uint8Array> =>
    new Uint8Array(await subtle.sign({ name: 'Ed25519' }, key, new Uint8Array(message)));
  const key = importSigningKey(subtle, seed)
    .then(async (imported) => {
      const probe = await signWith(imported, PROBE);
      return equalBytes(probe, inScript.signNow(PROBE)) ? imported : null;
    })
    .catch(() => null);
  return {
    signNow: inScript.signNow,
    sign: async (message) => {
      try {
        const imported = await key;
        return imported ? await signWith(imported, message) : inScript.signNow(message);
      } catch {
        return inScript.signNow(message);
      }
    },
  };
}

function importSigningKey(subtle: Subtle, seed: Uint8Array): Promise<RuntimeKey> {
  const pkcs8 = new Uint8Array(concatBytes(PKCS8_ED25519, seed));
  return subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
}
