import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Role } from './auth';
import { encodeAwareness } from './protocol';

/** What a loaded letter needs of a connection. */
export interface Peer {
  readonly role: Role;
  /** The presence entries (Yjs client ids) this connection published. */
  readonly awarenessClients: Set<number>;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * A letter's presence: who is connected, their names, colours and carets (y-protocols awareness). It lives on its
 * own small Y.Doc so reloading the letter's content never drops anyone's presence.
 */
export class Presence {
  private readonly holder = new Y.Doc();
  private readonly awareness = new awarenessProtocol.Awareness(this.holder);

  constructor(private readonly peers: () => Iterable<Peer>) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onUpdate(change, origin));
  }

  /** Applies a checked awareness update from a peer; false when it would publish more entries than allowed. */
  apply(peer: Peer, update: Uint8Array, clients: readonly number[], maxClients: number): boolean {
    const owned = new Set([...peer.awarenessClients, ...clients]);
    if (owned.size > maxClients) {
      return false;
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
    return true;
  }

  /** Every presence state the server knows, as one message; null when there is none. */
  everyone(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) {
      return null;
    }
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Removes a departing peer's entries and tells the others. */
  leave(peer: Peer): void {
    const clients = [...peer.awarenessClients];
    peer.awarenessClients.clear();
    if (clients.length > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, clients, null);
    }
  }

  /** Stops the awareness timer. */
  destroy(): void {
    this.awareness.destroy();
    this.holder.destroy();
  }

  private onUpdate(change: AwarenessChange, origin: unknown): void {
    const source = this.sourcePeer(origin);
    if (source) {
      this.claim(source, change);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const message = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const peer of this.peers()) {
      if (peer !== source) {
        peer.send(message);
      }
    }
  }

  // A client that reconnects before its old socket is noticed dead publishes the same id on the new socket; the
  // entry moves to the new one, so closing the old socket does not erase the person's presence.
  private claim(source: Peer, change: AwarenessChange): void {
    for (const client of [...change.added, ...change.updated]) {
      for (const peer of this.peers()) {
        peer.awarenessClients.delete(client);
      }
      source.awarenessClients.add(client);
    }
    for (const client of change.removed) {
      source.awarenessClients.delete(client);
    }
  }

  private sourcePeer(origin: unknown): Peer | null {
    for (const peer of this.peers()) {
      if (peer === origin) {
        return peer;
      }
    }
    return null;
  }
}
