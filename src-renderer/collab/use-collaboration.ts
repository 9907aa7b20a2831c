import { useEffect, useMemo, useState } from 'react';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { CollabConnection } from '../../src-common/api/collab-schemas';
import { useConnectionGeneration } from './connection-changes';
import { connectionKeys } from './connection-keys';
import { fixedStatus, type SyncStatusSource } from './sealed-status';
import { connectSealed } from './sealed-session';
import { letterConnection } from '../letter/letter-opening';

/** A letter's link to its collaboration server, if it is shared. */
export type CollaborationState =
  | { kind: 'checking' }
  | { kind: 'local' }
  | { kind: 'shared'; connection: CollabConnection; awareness: Awareness; sync: SyncStatusSource };

/** An open connection to the sealed relay, or one that sends nothing and says why. */
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

/**
 * Connects a shared letter's Y.Doc to its collaboration server over the sealed relay, keeps count of the changes
 * the server has not yet confirmed, and publishes this person's name and colour for the others' carets.
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
    letterConnection(api, letterId).then(
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
  // No keys (shared before end-to-end encryption) or keys that cannot be read: nothing is sent anywhere.
  const keys = connectionKeys(connection);
  if (!keys.ok) {
    return refusedConnection(awareness, keys.problem);
  }
  const protocols = tokenProtocols(connection.token);
  const session = connectSealed({ letterId, doc, awareness, connection, keys: keys.keys, protocols });
  return { awareness: session.awareness, sync: session.status, release: session.release };
}

/** A connection that cannot be made (no keys, or keys that cannot be read): nothing is sent, the status says why. */
function refusedConnection(awareness: Awareness, problem: string): OpenConnection {
  const sync = fixedStatus({ kind: 'refused', reason: problem, waiting: 0 });
  return { awareness, sync, release: () => undefined };
}
