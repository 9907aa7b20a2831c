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

/** Decodes base64 (already validated by {@link base64Schema}). */
export function decodeBinary(text: string): Uint8Array {
  return fromBase64(text);
}
