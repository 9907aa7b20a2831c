import { fromBase64, toBase64 } from 'lib0/buffer';
import { z } from 'zod';

/** Yjs updates cross JSON transports (HTTP, IPC, files) as base64 text. */
export const base64Schema = z
  .string()
  .max(64 * 1024 * 1024, 'is too large')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

/** Encodes binary as base64. */
export function encodeBinary(bytes: Uint8Array): string {
  return toBase64(bytes);
}

interface NativeBase64 {
  fromBase64(text: string): Uint8Array;
}

function decodesBase64(type: object): type is NativeBase64 {
  return 'fromBase64' in type && typeof type.fromBase64 === 'function';
}

function nativeDecoder(type: object): ((text: string) => Uint8Array) | null {
  return decodesBase64(type) ? (text) => type.fromBase64(text) : null;
}

// Chromium 140 and later (the app's window and browser mode) decode base64 natively, several times faster than
// lib0's loop over the string `atob` gives, with no such string to collect: it shows on a letter's state, hundreds of
// kilobytes, as the letter opens. Elsewhere (Node, older browsers) lib0 decodes it.
const decodeBase64 = nativeDecoder(Uint8Array) ?? fromBase64;

/** Decodes base64 (already validated by {@link base64Schema}). */
export function decodeBinary(text: string): Uint8Array {
  return decodeBase64(text);
}
