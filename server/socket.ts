import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { WebSocketServer, type WebSocket } from 'ws';
import { letterIdSchema } from '../src-common/api/letters-schemas';
import { roleForToken, type Role } from './auth';
import type { Limits } from './config';
import { Connection } from './connection';
import type { SendBudget } from './send-budget';
import { CLOSE, SHARED_BEFORE_ENCRYPTION_REASON } from './protocol';
import type { Rooms } from './rooms';
import { letterTokenHashes } from './store/letters';
import { errorText } from '../src-common/error-text';

/** What the letter sockets need from the server around them. */
export interface SocketContext {
  db: Database;
  rooms: Rooms;
  limits: Limits;
  budget: SendBudget;
  log: (line: string) => void;
}

const LETTER_PATH = /^\/letters\/([^/]+)$/;

/** The subprotocol a client offers, and the server selects, when it sends its token in the protocol header. */
export const LETTER_PROTOCOL = 'undersigned';
/** The prefix of the subprotocol that carries the token: `undersigned.token.<token>`. */
export const TOKEN_PROTOCOL_PREFIX = 'undersigned.token.';

/** The reason sent with {@link CLOSE.unauthorized}: the same for every cause, so it reveals nothing. */
export const UNAUTHORIZED_REASON =
  'This link does not open this letter: it is wrong, incomplete or was reset.';

/**
 * Serves `/letters/<letterId>` as a socket of the sealed relay, with the token in the `Sec-WebSocket-Protocol`
 * header (`undersigned, undersigned.token.<token>`) or, from older clients, in `?token=<token>`. A socket whose
 * token does not open the letter is accepted and then closed with 4401 and a reason, because browsers cannot read
 * the status of a refused upgrade.
 */
export function attachLetterSockets(server: Server, context: SocketContext): WebSocketServer {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: context.limits.maxMessageBytes,
    // Compression would let a small frame inflate into a huge message before any limit could see it.
    perMessageDeflate: false,
    // A browser fails the handshake unless the server selects one of the offered protocols; echoing the fixed one
    // keeps the token out of the response.
    handleProtocols: (protocols) => (protocols.has(LETTER_PROTOCOL) ? LETTER_PROTOCOL : false),
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const target = parseTarget(request);
    if (!target) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) =>
      admit(ws, socket, target.letterId, target.token, context),
    );
  });
  return sockets;
}

// Letter ids are plain URL characters, so the path segment is taken as it is, undecoded. The token is read from
// the protocol header first: reverse proxies log URLs, query included, but not that header.
function parseTarget(request: IncomingMessage): { letterId: string; token: string | null } | null {
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://server');
  } catch {
    return null;
  }
  const letterId = LETTER_PATH.exec(url.pathname)?.[1];
  if (!letterId) {
    return null;
  }
  return { letterId, token: protocolToken(request) ?? url.searchParams.get('token') };
}

function protocolToken(request: IncomingMessage): string | null {
  const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((value) => value.trim());
  const carrier = offered.find((value) => value.startsWith(TOKEN_PROTOCOL_PREFIX));
  return carrier ? carrier.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}

function admit(
  ws: WebSocket,
  transport: Duplex,
  letterId: string,
  token: string | null,
  context: SocketContext,
): void {
  // An error event without a listener would throw out of the process; a broken socket is simply dropped.
  ws.on('error', () => ws.terminate());
  try {
    const role = letterIdSchema.safeParse(letterId).success ? roleFor(context.db, letterId, token) : null;
    if (!role) {
      ws.close(CLOSE.unauthorized, UNAUTHORIZED_REASON);
      return;
    }
    const full = fullFor(role, letterId, context);
    if (full) {
      ws.close(CLOSE.tryLater, full);
      return;
    }
    const room = context.rooms.open(letterId);
    if (!room) {
      ws.close(CLOSE.sharedBeforeEncryption, SHARED_BEFORE_ENCRYPTION_REASON);
      return;
    }
    new Connection(ws, transport, role, room, context);
  } catch (error) {
    context.log(`Could not open a letter: ${errorText(error)}`);
    ws.close(CLOSE.serverError, 'The server could not open this letter.');
  }
}

// The last few connections of a letter and of the server are kept for owners and editors, so viewers alone can
// never lock the people who write out.
function fullFor(role: Role, letterId: string, { rooms, limits }: SocketContext): string | null {
  const writer = role !== 'viewer';
  const letterSlots =
    limits.maxConnectionsPerLetter - (writer ? 0 : limits.reservedWriterConnectionsPerLetter);
  if (rooms.connectionCount(letterId) >= letterSlots) {
    return writer
      ? 'This letter has as many connections as the server allows. Try again later.'
      : 'This letter has as many readers as the server allows. Try again later.';
  }
  const serverSlots = limits.maxConnections - (writer ? 0 : limits.reservedWriterConnections);
  if (rooms.totalConnections() >= serverSlots) {
    return 'The server has as many connections as it allows. Try again later.';
  }
  return null;
}

function roleFor(db: Database, letterId: string, token: string | null) {
  const hashes = letterTokenHashes(db, letterId);
  return hashes ? roleForToken(token, hashes) : null;
}
