import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE_UNAUTHORIZED, EVENTS_PATH, type HostEvent } from '../../src-common/api/host-events';
import { secretMatches } from '../../src-node/secrets';
import { isLoopbackHost } from './request-guard';

/** What the event socket needs to know about its host. */
export interface EventSocketOptions {
  port: () => number;
  token: string;
  hostId: string;
}

/**
 * Serves `GET /events?token=…` as a WebSocket. The page keeps it open to learn at once when the host goes away
 * and comes back; later features push their events through it.
 */
export function attachEventSocket(server: Server, options: EventSocketOptions): WebSocketServer {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname !== EVENTS_PATH || !isAllowedOrigin(request, options.port())) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      if (!secretMatches(url.searchParams.get('token'), options.token)) {
        ws.close(CLOSE_UNAUTHORIZED, 'This page is not signed in to the Undersigned host.');
        return;
      }
      welcome(ws, options.hostId);
    });
  });
  return sockets;
}

function welcome(ws: WebSocket, hostId: string): void {
  const hello: HostEvent = { type: 'hello', hostId };
  ws.on('error', () => ws.terminate());
  // The page sends nothing yet; anything it sends is ignored rather than trusted.
  ws.on('message', () => undefined);
  ws.send(JSON.stringify(hello));
}

function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  if (!isLoopbackHost(request.headers.host, port)) {
    return false;
  }
  const origin = request.headers.origin;
  return (
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
  );
}
