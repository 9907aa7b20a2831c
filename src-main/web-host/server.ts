import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerTable } from '../../src-common/api/handler-table';
import { attachEventSocket } from './events';
import { API_PREFIX, handleApiRequest } from './http-api';
import { isLoopbackHost } from './request-guard';
import { handleStaticRequest, sendPlain } from './static-files';

/** How to start browser mode's host. */
export interface WebHostOptions {
  /** 0 picks a free port. */
  port: number;
  /** The built renderer. */
  staticDir: string;
  table: HandlerTable;
  token: string;
  /** The collaboration servers the page may connect to, read for each page served (see the CSP). */
  collaborationServers?: () => readonly string[];
}

/** A running browser-mode host. */
export interface WebHost {
  port: number;
  /** The address to open, with the token in the fragment (never sent to a server, never in a Referer). */
  url: string;
  close(): Promise<void>;
}

/** The host could not start; the message is meant for the person who ran it. */
export class WebHostStartError extends Error {}

/** Starts the host on 127.0.0.1 only: browser mode is for this computer, never for the network. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  let port = options.port;
  const server = createServer((request, response) => {
    route(request, response, options, port).catch(() => {
      if (!response.headersSent) {
        sendPlain(response, 500, 'Internal error');
      }
      response.end();
    });
  });
  const events = attachEventSocket(server, { port: () => port, token: options.token, hostId: randomUUID() });
  port = await listen(server, options.port);
  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    async close() {
      for (const client of events.clients) {
        client.terminate();
      }
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebHostOptions,
  port: number,
): Promise<void> {
  if (!isLoopbackHost(request.headers.host, port)) {
    return sendPlain(response, 421, 'This host only answers to 127.0.0.1 and localhost.');
  }
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (path === '/health') {
    return sendPlain(response, 200, 'ok');
  }
  if (path.startsWith(API_PREFIX)) {
    return handleApiRequest(request, response, options.table, options.token);
  }
  return handleStaticRequest(request, response, options.staticDir, options.collaborationServers);
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use. Choose another with --port, or leave it out to pick a free one.`
          : `The browser-mode host could not start: ${error.message}`;
      reject(new WebHostStartError(message));
    });
    server.listen(port, '127.0.0.1', () => {
      const address: AddressInfo | string | null = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
