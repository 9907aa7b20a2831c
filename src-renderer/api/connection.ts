import { CLOSE_UNAUTHORIZED, EVENTS_PATH, hostEventSchema } from '../../src-common/api/host-events';

/** What the page knows about its link to the backend. */
export type ConnectionState = 'connecting' | 'online' | 'offline' | 'unauthorized';

/** Watches the backend link; `subscribe`/`getState` fit React's useSyncExternalStore. */
export interface ConnectionMonitor {
  getState(): ConnectionState;
  subscribe(listener: () => void): () => void;
  /** Called after the link comes back, so screens can reload what they show. */
  onReconnect(listener: () => void): () => void;
}

/** The desktop app talks to its own main process: always online. */
export function createAlwaysOnline(): ConnectionMonitor {
  return { getState: () => 'online', subscribe: () => () => undefined, onReconnect: () => () => undefined };
}

const MAX_RETRY_MS = 5_000;

/**
 * Browser mode: keeps the host's event socket open and retries with a growing delay when it drops, so a page left
 * open reconnects by itself when the host restarts on the same port.
 */
export function createSocketMonitor(token: string): ConnectionMonitor {
  let state: ConnectionState = 'connecting';
  let retryMs = 250;
  let wasOnline = false;
  const listeners = new Set<() => void>();
  const reconnectListeners = new Set<() => void>();
  const setState = (next: ConnectionState): void => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const connect = (): void => {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(
      `${scheme}//${location.host}${EVENTS_PATH}?token=${encodeURIComponent(token)}`,
    );
    socket.addEventListener('message', (event) => {
      const parsed = hostEventSchema.safeParse(parseJson(String(event.data)));
      if (!parsed.success || parsed.data.type !== 'hello') {
        return;
      }
      retryMs = 250;
      setState('online');
      if (wasOnline) {
        reconnectListeners.forEach((listener) => listener());
      }
      wasOnline = true;
    });
    socket.addEventListener('close', (event) => {
      if (event.code === CLOSE_UNAUTHORIZED) {
        setState('unauthorized');
        return;
      }
      setState('offline');
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    });
  };
  connect();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
