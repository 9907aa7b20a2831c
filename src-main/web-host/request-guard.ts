import type { IncomingMessage } from 'node:http';
import { bearerToken } from '../../src-node/http/request';
import { secretMatches } from '../../src-node/secrets';

/**
 * True when the Host header names this loopback host and port. A page on another site that rebinds its DNS name
 * to 127.0.0.1 sends its own name here, so it is refused before it can reach anything.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/** True when a request carries `Authorization: Bearer <token>` with the host's token. */
export function hasBearerToken(request: IncomingMessage, token: string): boolean {
  return secretMatches(bearerToken(request), token);
}
