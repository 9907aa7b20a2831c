import { useEffect, useMemo, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { CollabConnection } from '../../src-common/api/collab-schemas';
import { MESSAGE_ACK, outgoingKind, readAck } from '../../src-common/collab/ack-message';
import { lettersSocketBase } from '../../src-common/collab/server-address';
import { SyncTracker, type SyncStatusSource } from '../../src-common/collab/sync-tracker';
import { keysFromFragment } from '../../src-common/crypto/letter-keys';
import { reportingSocketClass } from './counting-socket';
import { useConnectionGeneration } from './connection-changes';
import { connectSealed } from './sealed-session';
import { loadWaitingCount, saveWaitingCount } from './waiting-count';

/** A letter's link to its collaboration server, if it is shared. */
export type CollaborationState =
  | { kind: 'checking' }
  | { kind: 'local' }
  | { kind: 'shared'; connection: CollabConnection; awareness: Awareness; sync: SyncStatusSource };

/** An open connection of either kind: the sealed relay, or y-websocket for letters shared before encryption. */
interface OpenConnection {
  awareness: Awareness;
  sync: SyncStatusSource;
  release(): void;
}

/**
 * The token travels in the WebSocket protocol header rather than the URL, which reverse proxies log: the server
 * reads it from `undersigned.token.<token>` and answers with the fixed `undersigned`.
 */
function tokenProtocols(token: string): string[] {
  return ['undersigned', `undersigned.token.${token}`];
}

/** The longest wait between reconnection attempts; y-websocket doubles the wait after each failure up to this. */
const MAX_BACKOFF_MS = 30_000;

/**
 * Connects a shared letter's Y.Doc to its collaboration server (y-websocket), keeps count of the changes the
 * server has not yet confirmed, and publishes this person's name and colour for the others' carets.
 */
export function useCollaboration(
  api: Api,
  letterId: string,
  doc: Y.Doc,
  person: { name: string; colour: string },
): CollaborationState {
  const [state, setState] = useState<CollaborationState>({ kind: 'checking' });
  // Reset links gives the letter new keys: the connection is made again with them.
  const generation = useConnectionGeneration(letterId);
  // One presence for the letter's whole time on screen: a connection made again keeps it, so the editor (whose carets
  // follow it) is not rebuilt.
  const presence = useMemo(() => new Awareness(doc), [doc]);
  useEffect(() => () => presence.destroy(), [presence]);

  useEffect(() => {
    let release: (() => void) | null = null;
    let cancelled = false;
    api.call('collab:connection', { letterId }).then(
      (connection) => {
        if (cancelled) {
          return;
        }
        if (!connection) {
          setState({ kind: 'local' });
          return;
        }
        const opened = open(letterId, doc, presence, connection);
        release = opened.release;
        setState({ kind: 'shared', connection, awareness: opened.awareness, sync: opened.sync });
      },
      // Without the backend the letter cannot be open at all; working locally is the safe reading.
      () => !cancelled && setState({ kind: 'local' }),
    );
    return () => {
      cancelled = true;
      release?.();
    };
  }, [api, letterId, doc, presence, generation]);

  const connected = state.kind === 'shared' ? state : null;
  useEffect(() => {
    if (!connected) {
      return;
    }
    // A connection that closed said goodbye by clearing this state: each new one sets it again.
    const user = { name: person.name || 'Someone', color: person.colour };
    presence.setLocalState({ ...(presence.getLocalState() ?? {}), user });
  }, [presence, connected, person.name, person.colour]);

  return state;
}

function open(
  letterId: string,
  doc: Y.Doc,
  awareness: Awareness,
  connection: CollabConnection,
): OpenConnection {
  if (connection.keys === undefined) {
    return connectPlain(letterId, doc, awareness, connection);
  }
  const keys = keysFromFragment(new URLSearchParams(connection.keys));
  if (!keys.ok) {
    return refusedConnection(awareness, keys.problem);
  }
  const protocols = tokenProtocols(connection.token);
  const session = connectSealed({ letterId, doc, awareness, connection, keys: keys.keys, protocols });
  return { awareness: session.awareness, sync: session.status, release: session.release };
}

/** A letter shared before end-to-end encryption: y-websocket, with the server's acknowledgements counted. */
function connectPlain(
  letterId: string,
  doc: Y.Doc,
  awareness: Awareness,
  connection: CollabConnection,
): OpenConnection {
  const tracker = new SyncTracker(connection.role, loadWaitingCount(letterId));
  const provider = new WebsocketProvider(lettersSocketBase(connection.server), connection.room, doc, {
    protocols: tokenProtocols(connection.token),
    disableBc: true,
    awareness,
    maxBackoffTime: MAX_BACKOFF_MS,
    WebSocketPolyfill: reportingSocketClass((bytes) => {
      const kind = outgoingKind(bytes);
      if (kind === 'sync-reply' || kind === 'update') {
        tracker.sentChanges(kind === 'sync-reply');
      }
    }),
  });
  provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
    tracker.acknowledged(readAck(decoder).storedMessages);
  };
  provider.on('status', ({ status }) => status === 'connected' && tracker.opened());
  // Every socket that closes, including one that never opened (the server is down, the computer offline).
  provider.on('connection-close', () => tracker.closed());
  provider.on('sync', (synced) => synced && tracker.receivedServerState());
  provider.on('closed', ({ reason }) => tracker.refused(reason || 'the server closed the connection.'));
  // Registered after the provider's own handler, so a change it sends has been sent by the time this runs.
  const onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin !== provider) {
      tracker.localChange(provider.wsconnected);
    }
  };
  doc.on('update', onUpdate);
  // Back-off may have the next attempt up to 30 s away; when the network returns, try at once.
  const onOnline = (): void => {
    if (!provider.wsconnected && !provider.wsconnecting && provider.shouldConnect) {
      provider.connect();
    }
  };
  window.addEventListener('online', onOnline);
  // The tracker notifies on every keystroke; storage is written only when the count itself changes.
  let savedWaiting = tracker.waiting;
  const unsubscribe = tracker.subscribe(() => {
    if (tracker.waiting !== savedWaiting) {
      savedWaiting = tracker.waiting;
      saveWaitingCount(letterId, savedWaiting);
    }
  });
  return {
    awareness: provider.awareness,
    sync: tracker,
    release() {
      doc.off('update', onUpdate);
      window.removeEventListener('online', onOnline);
      unsubscribe();
      provider.destroy();
    },
  };
}

/** Keys kept here that cannot be read: nothing is sent or received, and the status line says why. */
function refusedConnection(awareness: Awareness, problem: string): OpenConnection {
  const tracker = new SyncTracker('owner');
  tracker.refused(problem);
  return { awareness, sync: tracker, release: () => undefined };
}
