import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CollabConnection } from '../../src-common/api/collab-schemas';
import { connectionKeys } from './connection-keys';
import { refusedConnection, type OpenConnection } from './sealed-status';
import { connectSealed } from './sealed-session';

/**
 * The token travels in the WebSocket protocol header rather than the URL, which reverse proxies log: the server
 * reads it from `undersigned.token.<token>` and answers with the fixed `undersigned`.
 */
function tokenProtocols(token: string): string[] {
  return ['undersigned', `undersigned.token.${token}`];
}

/** Opens a shared letter's connection, presence included; `release` closes it. */
export type OpenSealed = (
  letterId: string,
  doc: Y.Doc,
  awareness: Awareness,
  connection: CollabConnection,
) => OpenConnection;

/**
 * Connects a shared letter over the sealed relay. A module of its own, fetched only when a shared letter opens: its
 * ciphers and signatures are a large part of the letter screen's code, and a letter kept on this computer never
 * needs them.
 */
export const openSealed: OpenSealed = (letterId, doc, awareness, connection) => {
  // No keys (shared before end-to-end encryption) or keys that cannot be read: nothing is sent anywhere.
  const keys = connectionKeys(connection);
  if (!keys.ok) {
    return refusedConnection(awareness, keys.problem);
  }
  const protocols = tokenProtocols(connection.token);
  const session = connectSealed({ letterId, doc, awareness, connection, keys: keys.keys, protocols });
  return { awareness: session.awareness, sync: session.status, release: session.release };
};
