import { removeAwarenessStates, type Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CollabConnection } from '../../src-common/api/collab-schemas';
import { lettersSocketBase } from '../../src-common/collab/server-address';
import type { LetterKeys } from '../../src-common/crypto/letter-keys';
import { SealedConnection, type SocketLike } from './sealed-connection';
import { sealedStatusSource, type SyncStatusSource } from './sealed-status';
import { SealedLetterRecord } from './sealed-storage';

/** A sealed letter's live connection, as the letter screen uses it. */
export interface SealedSession {
  awareness: Awareness;
  status: SyncStatusSource;
  release(): void;
}

/**
 * Connects an end-to-end encrypted letter: its changes and presence go to the server sealed with the letter's keys,
 * and what comes back is opened and checked before it touches the copy here.
 */
export function connectSealed({
  letterId,
  doc,
  awareness,
  connection,
  keys,
  protocols,
}: {
  letterId: string;
  doc: Y.Doc;
  /** The letter's presence, kept by the caller across connections. */
  awareness: Awareness;
  connection: CollabConnection;
  keys: LetterKeys;
  protocols: string[];
}): SealedSession {
  const record = new SealedLetterRecord(letterId, window.localStorage);
  const sealed = new SealedConnection({
    url: `${lettersSocketBase(connection.server)}/${encodeURIComponent(connection.room)}`,
    protocols,
    createSocket: browserSocket,
    letterId: connection.room,
    keys,
    doc,
    awareness,
    state: record.syncState(),
    remember: (state) => record.saveSyncState(state),
    waitingFromEarlier: record.waitingBefore,
    snapshotFirst: record.keysChangedSince(keys.epoch) && keys.signingSeed !== undefined,
  });
  const status = sealedStatusSource(sealed, connection.role);
  let savedWaiting = -1;
  const unsubscribe = sealed.subscribe(() => {
    // Storage is written only when the count itself changes, not on every keystroke's notification.
    const waiting = sealed.status().waiting;
    if (waiting !== savedWaiting) {
      savedWaiting = waiting;
      record.saveWaiting(waiting);
    }
  });
  const onOnline = (): void => sealed.retryNow();
  window.addEventListener('online', onOnline);
  // A closed window runs no cleanup: send this tick's changes and say goodbye as it goes, so the others have every
  // change and drop this caret at once. A change the socket does not carry in time goes out on the next start.
  const onPageHide = (): void => {
    sealed.flush();
    removeAwarenessStates(awareness, [awareness.clientID], 'window closed');
  };
  window.addEventListener('pagehide', onPageHide);
  sealed.start();
  return {
    awareness,
    status,
    release() {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('pagehide', onPageHide);
      unsubscribe();
      sealed.stop();
    },
  };
}

/** The browser's WebSocket behind the few members the connection uses. */
function browserSocket(url: string, protocols: string[]): SocketLike {
  const socket = new WebSocket(url, protocols);
  socket.binaryType = 'arraybuffer';
  const like: SocketLike = {
    binaryType: 'arraybuffer',
    get readyState() {
      return socket.readyState;
    },
    send: (data) => socket.send(data),
    close: (code, reason) => socket.close(code, reason),
    onopen: null,
    onmessage: null,
    onclose: null,
  };
  socket.onopen = () => like.onopen?.();
  socket.onmessage = (event: MessageEvent<unknown>) => like.onmessage?.({ data: event.data });
  socket.onclose = (event) => like.onclose?.({ code: event.code, reason: event.reason });
  return like;
}
