import { afterEach } from 'vitest';
import type { ServerConfigInput } from '../../server/config';
import type { RunningServer } from '../../server/server';
import type { LetterKeys } from '../../src-common/crypto/letter-keys';
import { startTestServer } from './helpers';
import {
  connectSealedClient,
  openSealedSocket,
  type SealedClient,
  type SealedSocket,
} from './sealed-helpers';

/** What a test file opens: servers, bare sealed sockets and sealed clients, each closed after every test. */
export interface ServerFixtures {
  serve(input?: ServerConfigInput): Promise<RunningServer>;
  socket(server: RunningServer, letterId: string, token: string): Promise<SealedSocket>;
  client(server: RunningServer, letterId: string, token: string, keys: LetterKeys): Promise<SealedClient>;
  /** A socket the test opened its own way, closed after the test like the others; returned as given. */
  closeAfter(socket: SealedSocket): SealedSocket;
}

/** Call once at the top of a test file: registers the `afterEach` that closes everything the test opened. */
export function serverFixtures(): ServerFixtures {
  const servers: RunningServer[] = [];
  const sockets: SealedSocket[] = [];
  const clients: SealedClient[] = [];
  afterEach(async () => {
    sockets.splice(0).forEach((socket) => socket.ws.terminate());
    clients.splice(0).forEach((client) => {
      client.socket.ws.terminate();
      client.sync.destroy();
    });
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return {
    serve: async (input = {}) => {
      const server = await startTestServer(input);
      servers.push(server);
      return server;
    },
    socket: async (server, letterId, token) => {
      const socket = await openSealedSocket(server.url, letterId, token);
      sockets.push(socket);
      return socket;
    },
    client: async (server, letterId, token, keys) => {
      const client = await connectSealedClient(server.url, letterId, token, keys);
      clients.push(client);
      return client;
    },
    closeAfter: (socket) => {
      sockets.push(socket);
      return socket;
    },
  };
}
