import { useEffect, useMemo, useState } from 'react';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { CollabConnection } from '../../src-common/api/collab-schemas';
import { useConnectionGeneration } from './connection-changes';
import { refusedConnection, type SyncStatusSource } from './sealed-status';
import type { OpenSealed } from './sealed-open';
import { answeredConnection, letterConnection } from '../letter/letter-opening';

/** A letter's link to its collaboration server, if it is shared. */
export type CollaborationState =
  | { kind: 'checking' }
  | { kind: 'local' }
  | { kind: 'shared'; connection: CollabConnection; awareness: Awareness; sync: SyncStatusSource };

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
  // A letter kept on this computer, known as such before the screen appears, has its editor made in the screen's
  // first render instead of after its effects have run.
  const [state, setState] = useState<CollaborationState>(() =>
    answeredConnection(api, letterId)?.connection === null ? LOCAL : { kind: 'checking' },
  );
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
          setState(stayLocal);
          return;
        }
        void loadSealed().then((openSealed) => {
          if (cancelled) {
            return;
          }
          const opened = openSealed(letterId, doc, presence, connection);
          release = opened.release;
          setState({ kind: 'shared', connection, awareness: opened.awareness, sync: opened.sync });
        });
      },
      // Without the backend the letter cannot be open at all; working locally is the safe reading.
      () => !cancelled && setState(stayLocal),
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

const LOCAL: CollaborationState = { kind: 'local' };

// Kept as it is when it already says local, so that the screen is not drawn again to say the same.
function stayLocal(previous: CollaborationState): CollaborationState {
  return previous.kind === 'local' ? previous : LOCAL;
}

// The sealed connection's code is fetched only for a shared letter (see sealed-open.ts); if it cannot be, nothing is
// sent and the status line says why, as for keys that cannot be read.
function loadSealed(): Promise<OpenSealed> {
  return import('./sealed-open').then(
    (module) => module.openSealed,
    () => (_letterId, _doc, awareness) =>
      refusedConnection(awareness, 'Part of the app did not load. Open the letter again to connect.'),
  );
}
