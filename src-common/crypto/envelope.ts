import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { concatBytes, randomBytes, utf8ToBytes } from '@noble/ciphers/utils.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import type { LetterKeys } from './letter-keys';

/**
 * A sealed message of a shared letter: what the collaboration server stores and relays instead of readable updates.
 *
 * Layout (big-endian): a 40-byte header the server may read, a 24-byte random nonce, the XChaCha20-Poly1305
 * ciphertext (16-byte tag included), then a 64-byte Ed25519 signature when the header's signed flag is set.
 *   header: version u8 · kind u8 · flags u16 · key epoch u32 · writer id 16 bytes · counter u64 · covers u64
 * The writer id is random per device and letter; the counter goes up by one with each envelope that writer seals, so
 * readers notice a replayed, reordered or missing envelope. `covers` is, for a snapshot, the highest server sequence
 * whose changes it holds. The letter id and the whole header are associated data and are signed, so an envelope cannot
 * be moved to another letter, another epoch or another place in a writer's order without being detected.
 */
export type EnvelopeKind = 'update' | 'snapshot' | 'presence';

/** What anyone, the server included, can read of an envelope. */
export interface EnvelopeHeader {
  kind: EnvelopeKind;
  epoch: number;
  writerId: Uint8Array;
  counter: number;
  covers: number;
  signed: boolean;
}

/** Why an envelope was not opened, for the status line and the log. */
export type EnvelopeProblem = 'malformed' | 'other-keys' | 'unsigned' | 'bad-signature' | 'undecryptable';

export const ENVELOPE_VERSION = 1;
export const HEADER_BYTES = 40;
export const NONCE_BYTES = 24;
export const SIGNATURE_BYTES = 64;
export const WRITER_ID_BYTES = 16;
const TAG_BYTES = 16;
const SIGNED_FLAG = 1;
const KINDS: readonly EnvelopeKind[] = ['update', 'snapshot', 'presence'];
const DOMAIN = utf8ToBytes('undersigned/envelope/v1');

/** Seals a message. Updates and snapshots need the signing key; presence is signed when the sender has it. */
export function sealEnvelope(
  letterId: string,
  keys: LetterKeys,
  header: Omit<EnvelopeHeader, 'epoch' | 'signed'>,
  plaintext: Uint8Array,
): Uint8Array {
  const { body, signs } = sealUnsigned(letterId, keys, header, plaintext);
  if (!signs || !keys.signingSeed) {
    return body;
  }
  return withSignature(body, ed25519.sign(signs, keys.signingSeed));
}

/** An envelope sealed but not yet signed, and what its signature is to sign (null when it goes unsigned). */
export interface UnsignedEnvelope {
  body: Uint8Array;
  signs: Uint8Array | null;
}

/**
 * Seals a message and leaves the signing to the caller, who may sign later (`envelope-signer.ts`); the header already
 * says whether a signature follows, so the envelope is whole only with it (`withSignature`).
 */
export function sealUnsigned(
  letterId: string,
  keys: LetterKeys,
  header: Omit<EnvelopeHeader, 'epoch' | 'signed'>,
  plaintext: Uint8Array,
): UnsignedEnvelope {
  if (header.kind !== 'presence' && !keys.signingSeed) {
    throw new Error('Only an editor can write to this letter.');
  }
  const signed = keys.signingSeed !== undefined;
  const headerBytes = writeHeader({ ...header, epoch: keys.epoch, signed });
  const nonce = randomBytes(NONCE_BYTES);
  const ciphertext = xchacha20poly1305(keys.contentKey, nonce, context(letterId, headerBytes)).encrypt(
    plaintext,
  );
  const body = concatBytes(headerBytes, nonce, ciphertext);
  return { body, signs: signed ? concatBytes(context(letterId, EMPTY), body) : null };
}

/** The whole envelope: its sealed body and the signature over it. */
export function withSignature(body: Uint8Array, signature: Uint8Array): Uint8Array {
  return concatBytes(body, signature);
}

/** The readable header of an envelope, or null for bytes that are not one. */
export function readEnvelopeHeader(bytes: Uint8Array): EnvelopeHeader | null {
  if (bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES) {
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kind = KINDS[view.getUint8(1) - 1];
  const flags = view.getUint16(2);
  if (view.getUint8(0) !== ENVELOPE_VERSION || !kind || (flags & ~SIGNED_FLAG) !== 0) {
    return null;
  }
  const signed = (flags & SIGNED_FLAG) !== 0;
  if (signed && bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES + SIGNATURE_BYTES) {
    return null;
  }
  const counter = readUint53(view, 24);
  const covers = readUint53(view, 32);
  if (counter === null || covers === null) {
    return null;
  }
  const writerId = bytes.slice(8, 8 + WRITER_ID_BYTES);
  return { kind, epoch: view.getUint32(4), writerId, counter, covers, signed };
}

/**
 * Whether the envelope is signed by the holder of the letter's signing key. This is all the server checks before it
 * stores an update: it needs no key that reads content.
 */
export function verifyEnvelope(letterId: string, bytes: Uint8Array, verifyKey: Uint8Array): boolean {
  const signed = signedParts(letterId, bytes);
  if (!signed) {
    return false;
  }
  try {
    return ed25519.verify(signed.signature, signed.message, verifyKey);
  } catch {
    return false;
  }
}

/**
 * What an envelope's Ed25519 signature signs, and the signature, or null for an unsigned or malformed envelope. The
 * collaboration server checks them with Node's own Ed25519, some twenty times faster than this script's.
 */
export function signedParts(
  letterId: string,
  bytes: Uint8Array,
): { message: Uint8Array; signature: Uint8Array } | null {
  const header = readEnvelopeHeader(bytes);
  if (!header?.signed) {
    return null;
  }
  const body = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  return {
    message: concatBytes(context(letterId, EMPTY), body),
    signature: bytes.subarray(bytes.length - SIGNATURE_BYTES),
  };
}

/**
 * Checks and opens an envelope: its header, its signature (required for updates and snapshots), then its content.
 * `signatureValid` is the verdict on the signature when the caller checked it already (with WebCrypto, which answers
 * later); without it, the signature is checked here.
 */
export function openEnvelope(
  letterId: string,
  bytes: Uint8Array,
  keys: LetterKeys,
  signatureValid?: boolean,
): { ok: true; header: EnvelopeHeader; plaintext: Uint8Array } | { ok: false; problem: EnvelopeProblem } {
  const header = readEnvelopeHeader(bytes);
  if (!header) {
    return { ok: false, problem: 'malformed' };
  }
  if (header.epoch !== keys.epoch) {
    return { ok: false, problem: 'other-keys' };
  }
  if (!header.signed && header.kind !== 'presence') {
    return { ok: false, problem: 'unsigned' };
  }
  if (header.signed && !(signatureValid ?? verifyEnvelope(letterId, bytes, keys.verifyKey))) {
    return { ok: false, problem: 'bad-signature' };
  }
  const end = header.signed ? bytes.length - SIGNATURE_BYTES : bytes.length;
  const headerBytes = bytes.subarray(0, HEADER_BYTES);
  const nonce = bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
  const ciphertext = bytes.subarray(HEADER_BYTES + NONCE_BYTES, end);
  try {
    const cipher = xchacha20poly1305(keys.contentKey, nonce, context(letterId, headerBytes));
    return { ok: true, header, plaintext: cipher.decrypt(ciphertext) };
  } catch {
    return { ok: false, problem: 'undecryptable' };
  }
}

const EMPTY = new Uint8Array(0);

/** Binds a message to its letter: the domain, the letter id and a zero byte (ids never hold one), then more. */
function context(letterId: string, rest: Uint8Array): Uint8Array {
  return concatBytes(letterPrefix(letterId), rest);
}

// The domain, id and zero byte of the last letter, made once: a catch-up opens hundreds of its envelopes in a row.
let lastPrefix: { letterId: string; bytes: Uint8Array } | null = null;

function letterPrefix(letterId: string): Uint8Array {
  if (lastPrefix?.letterId !== letterId) {
    lastPrefix = { letterId, bytes: concatBytes(DOMAIN, utf8ToBytes(letterId), new Uint8Array([0])) };
  }
  return lastPrefix.bytes;
}

function writeHeader(header: EnvelopeHeader): Uint8Array {
  if (header.writerId.length !== WRITER_ID_BYTES) {
    throw new Error(`A writer id has ${WRITER_ID_BYTES} bytes.`);
  }
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, ENVELOPE_VERSION);
  view.setUint8(1, KINDS.indexOf(header.kind) + 1);
  view.setUint16(2, header.signed ? SIGNED_FLAG : 0);
  view.setUint32(4, header.epoch);
  bytes.set(header.writerId, 8);
  writeUint53(view, 24, header.counter);
  writeUint53(view, 32, header.covers);
  return bytes;
}

/** Counters and sequences stay below 2^53 so they are exact JavaScript numbers; larger values are malformed. */
function readUint53(view: DataView, offset: number): number | null {
  const high = view.getUint32(offset);
  if (high >= 2 ** 21) {
    return null;
  }
  return high * 2 ** 32 + view.getUint32(offset + 4);
}

function writeUint53(view: DataView, offset: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error('A counter is a whole number from 0 up.');
  }
  view.setUint32(offset, Math.floor(value / 2 ** 32));
  view.setUint32(offset + 4, value % 2 ** 32);
}
