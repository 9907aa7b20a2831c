import { ed25519 } from '@noble/curves/ed25519.js';
import { toBase64Url } from './base64url';
import { signedParts } from './envelope';
import { runtimeSubtle, type RuntimeKey } from './runtime-subtle';

/** Checks an Ed25519 signature over `message` by the holder of `publicKey`; may answer later. */
export type SignatureVerifier = (
  message: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
) => boolean | Promise<boolean>;

/** Ed25519 in this script (@noble/curves): runs anywhere, answers at once, about 2 ms a signature. */
export function verifyInScript(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

/**
 * Ed25519 through the runtime's WebCrypto, some twenty times faster than the script's (Chromium since 137, so
 * Electron 45, and Node since 18.4). Where the runtime has no WebCrypto or no Ed25519 in it, the script checks.
 * The answer comes later, so the caller keeps envelopes in their order itself (see `SealedDocSync`).
 */
export function webCryptoVerifier(): SignatureVerifier {
  const subtle = runtimeSubtle();
  if (!subtle) {
    return verifyInScript;
  }
  const keys = new Map<string, Promise<RuntimeKey | null>>();
  const keyFor = (publicKey: Uint8Array): Promise<RuntimeKey | null> => {
    const name = toBase64Url(publicKey);
    let key = keys.get(name);
    if (!key) {
      key = subtle
        .importKey('raw', new Uint8Array(publicKey), { name: 'Ed25519' }, false, ['verify'])
        .catch(() => null);
      keys.set(name, key);
    }
    return key;
  };
  return async (message, signature, publicKey) => {
    const key = await keyFor(publicKey);
    if (!key) {
      return verifyInScript(message, signature, publicKey);
    }
    try {
      return await subtle.verify(
        { name: 'Ed25519' },
        key,
        new Uint8Array(signature),
        new Uint8Array(message),
      );
    } catch {
      // A bad signature is `false`, never an error: an error is the runtime's, so its verdict is not to be trusted.
      return verifyInScript(message, signature, publicKey);
    }
  };
}

/**
 * Starts checking an envelope's signature, so a backlog's checks run while earlier envelopes are applied. Undefined
 * when there is no signature to check (`openEnvelope` then says what is wrong); never a promise that rejects.
 */
export function startSignatureCheck(
  verifier: SignatureVerifier,
  letterId: string,
  envelope: Uint8Array,
  verifyKey: Uint8Array,
): boolean | Promise<boolean> | undefined {
  const signed = signedParts(letterId, envelope);
  if (!signed) {
    return undefined;
  }
  try {
    const verdict = verifier(signed.message, signed.signature, verifyKey);
    return verdict instanceof Promise ? verdict.catch(() => false) : verdict;
  } catch {
    return false;
  }
}
