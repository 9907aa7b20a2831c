import { createApi, type Api } from '../../src-common/api/client';
import { createAlwaysOnline, createSocketMonitor, type ConnectionMonitor } from './connection';
import { createHttpTransport } from './http-transport';
import { takePageToken } from './page-token';

/** The renderer's way to the backend, whichever shell it runs in. */
export interface Backend {
  api: Api;
  connection: ConnectionMonitor;
  mode: 'desktop' | 'browser';
}

/** Why the page cannot reach a backend, in words for the person looking at it. */
export interface NoBackend {
  problem: string;
}

/**
 * Picks the transport: the preload bridge in the desktop app, otherwise the browser-mode host that served this
 * page, authorised by the token from the link it printed.
 */
export function connectBackend(): Backend | NoBackend {
  const bridge = window.undersigned;
  if (bridge) {
    return {
      api: createApi((channel, payload) => bridge.invoke(channel, payload)),
      connection: createAlwaysOnline(),
      mode: 'desktop',
    };
  }
  const token = takePageToken(window.location, window.history, window.sessionStorage);
  if (!token) {
    return {
      problem:
        'This page needs the secret link that Undersigned printed when it started. Run “npm run start:web” and open the address it shows.',
    };
  }
  return {
    api: createApi(createHttpTransport(token)),
    connection: createSocketMonitor(token),
    mode: 'browser',
  };
}
