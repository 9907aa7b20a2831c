import type { IncomingMessage } from 'node:http';

// `Bearer <token>` (RFC 6750): the token is one run of non-space characters, with nothing after it but whitespace.
const BEARER = /^Bearer ([^\s]+)\s*$/;

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(request: Pick<IncomingMessage, 'headers'>): string | null {
  return BEARER.exec(request.headers.authorization ?? '')?.[1] ?? null;
}

/** What a body is read from: an `IncomingMessage`, or anything with its headers that yields its bytes. */
export type BodySource = Pick<IncomingMessage, 'headers'> & AsyncIterable<Buffer | string>;

/**
 * Reads a request body as UTF-8 text, up to `limit` bytes; null when it is larger. A declared `Content-Length`
 * over the limit is refused before anything is read, so the caller can answer at once (and close the connection).
 */
export async function readBody(request: BodySource, limit: number): Promise<string | null> {
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) {
      return null;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
