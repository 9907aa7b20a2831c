import { createApi, type Api } from '../../src-common/api/client';
import { createAlwaysOnline, createSocketMonitor, type ConnectionMonitor } from './connection';
import { createHttpTransport } from './http-transport';
import { keepTokenForHost, originStorage, rememberedToken } from './host-session';
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
  // The link's token, or the one this tab had; else one another tab of this host had the host accept (a letter's
  // address opened in a new tab).
  const shared = originStorage();
  const token =
    takePageToken(window.location, window.history, window.sessionStorage) ?? rememberedToken(shared);
  if (!token) {
    return {
      problem:
        'This page needs the secret link that Undersigned printed when it started. Run “npm run start:web” and open the address it shows.',
    };
  }
  const connection = createSocketMonitor(token);
  keepTokenForHost(connection, shared, token);
  return { api: createApi(createHttpTransport(token)), connection, mode: 'browser' };
}
