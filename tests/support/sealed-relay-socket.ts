import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { SealedRelayModel, type ModelConnection } from './sealed-relay-model';

/** The model relay behind a real WebSocket server on 127.0.0.1, for testing a client's socket handling. */
export interface RelaySocketServer {
  url: string;
  relay: SealedRelayModel;
  /** Closes every open socket with this code, as a server restart (1001) or a revoked link (4401) would. */
  closeAll(code: number, reason: string): void;
  /** Refuses new sockets with this code until called with null. */
  refuseWith(code: number | null): void;
  stop(): Promise<void>;
}

export async function startRelaySocketServer(
  letterId: string,
  verifyKey: Uint8Array,
): Promise<RelaySocketServer> {
  const relay = new SealedRelayModel(letterId, verifyKey);
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const sockets = new Map<WebSocket, ModelConnection>();
  let refusal: number | null = null;
  const flush = (): void => {
    for (const [socket, connection] of sockets) {
      connection.inbox.splice(0).forEach((bytes) => socket.send(bytes));
    }
  };
  server.on('connection', (socket) => {
    if (refusal !== null) {
      socket.close(refusal, 'This link was revoked.');
      return;
    }
    const connection = relay.connect();
    sockets.set(socket, connection);
    socket.on('message', (data: Buffer) => {
      relay.receive(connection, new Uint8Array(data));
      flush();
    });
    socket.on('close', () => {
      sockets.delete(socket);
      relay.disconnect(connection);
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    relay,
    closeAll: (code, reason) => [...sockets.keys()].forEach((socket) => socket.close(code, reason)),
    refuseWith: (code) => {
      refusal = code;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
