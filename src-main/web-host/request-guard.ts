import type { IncomingMessage } from 'node:http';
import { tokenMatches } from './token';

/**
 * True when the Host header names this loopback host and port. A page on another site that rebinds its DNS name
 * to 127.0.0.1 sends its own name here, so it is refused before it can reach anything.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** True when a request carries `Authorization: Bearer <token>` with the host's token. */
export function hasBearerToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  return tokenMatches(match?.[1], token);
}

/** Reads a request body up to `limit` bytes; null when it is larger. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
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
