import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { AckLedger } from './ack-ledger';
import type { Limits } from './config';
import { exceedsDocLimit, exceedsPendingLimit } from './limits';
import { Presence, type Peer } from './presence';
import {
  CLOSE,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type AwarenessEntry,
  type ClientMessage,
} from './protocol';
import type { Statement } from '../src-node/sqlite/statements';
import { LetterLog, type CompactionPolicy } from '../src-node/update-log/log-sizes';
import { loadStoredLetter } from '../src-node/update-log/replay';
import type { WriteBatcher, WriteSource } from './write-batcher';
import { PendingWrites, type PendingUpdate } from './pending-writes';

const TOO_MUCH_PRESENCE = 'Too many presence messages: slow down.';

/** What a loaded letter needs from the server around it. */
export interface RoomContext {
  db: Database;
  batcher: WriteBatcher;
  limits: Limits;
  compaction: CompactionPolicy;
  log: (line: string) => void;
  /** Called when the room has had no connection for a while, or failed, so the registry forgets it. */
  release: (room: DocRoom) => void;
  idleUnloadMs: number;
}

/**
 * One loaded letter: its Y.Doc (loaded completely from the store before any client hears from it), its
 * connections and presence. Every change is applied here first (a change that does not apply closes its
 * connection and is never passed on or stored). The changes of one event-loop turn form a batch: merged into one
 * update, passed on to the other connections in one message, and stored by the {@link WriteBatcher} as one row;
 * only once that is on disk is the writer acknowledged. Passing on first is safe: a writer keeps every change
 * until it is acknowledged and sends it again when it reconnects, and so does every client that received it.
 */
export class DocRoom implements WriteSource {
  private doc: Y.Doc;
  private readonly peers = new Set<Peer>();
  private readonly presence = new Presence(() => this.peers);
  private readonly writes = new PendingWrites();
  private readonly acks: AckLedger;
  private captured: Uint8Array[] | null = null;
  private readonly log: LetterLog;
  private idleTimer: NodeJS.Timeout | null = null;
  private released = false;

  constructor(
    readonly letterId: string,
    private readonly context: RoomContext,
  ) {
    const stored = loadStoredLetter(context.db, letterId);
    this.doc = this.watch(stored.doc);
    this.log = new LetterLog(letterId, stored, context.compaction);
    this.acks = new AckLedger(context.limits.maxUpdateClients);
    // Until its first connection attaches, a letter counts as idle, so one that never gets one is unloaded too.
    this.scheduleUnload();
  }

  /** How many connections the letter has. */
  get size(): number {
    return this.peers.size;
  }

  /** The connections, for closing them by role. */
  connections(): Peer[] {
    return [...this.peers];
  }

  /** Adds a connection and greets it: the server's state vector and everyone's presence. */
  attach(peer: Peer): void {
    this.cancelIdleTimer();
    this.peers.add(peer);
    peer.send(encodeSyncStep1(this.doc));
    const everyone = this.presence.everyone();
    if (everyone) {
      peer.send(everyone);
    }
  }

  /** Removes a connection and its presence; the letter unloads after a while without connections. */
  detach(peer: Peer): void {
    if (!this.peers.delete(peer)) {
      return;
    }
    this.writes.forget(peer);
    this.acks.forget(peer);
    this.presence.leave(peer);
    if (this.peers.size === 0) {
      this.scheduleUnload();
    }
  }

  /** Handles one decoded message from a connection. */
  handle(peer: Peer, message: ClientMessage): void {
    switch (message.kind) {
      case 'sync-step1':
        peer.send(encodeSyncStep2(this.doc, message.stateVector));
        return;
      case 'update':
        this.receiveUpdate(peer, message.update, message.writers);
        return;
      case 'awareness':
        this.receivePresence(peer, message.entries);
        return;
      case 'query-awareness':
        // Answering costs a copy of everyone's presence: it counts against the asker's presence allowance.
        if (peer.allowPresence(1)) {
          this.sendPresence(peer);
        } else {
          peer.close(CLOSE.policy, TOO_MUCH_PRESENCE);
        }
        return;
      case 'ignored':
        return;
    }
  }

  private receivePresence(peer: Peer, entries: readonly AwarenessEntry[]): void {
    const outcome = this.presence.apply(peer, entries, this.context.limits.maxAwarenessClientsPerConnection);
    if (outcome === 'too-many-entries') {
      peer.close(CLOSE.policy, 'Too many presence entries on one connection.');
    } else if (outcome === 'too-fast') {
      peer.close(CLOSE.policy, TOO_MUCH_PRESENCE);
    }
  }

  /**
   * Part of {@link WriteSource}: the changes waiting, merged, are passed on to the other connections at once, and
   * returned as the statements that append them (and compact a long log); each writer's acknowledgement is made
   * now and sent once the batch is on disk.
   */
  takeBatch(now: number): Statement[] {
    const written = this.writes.post((peer) => this.acks.take(peer, this.doc));
    if (written.length === 0) {
      return [];
    }
    const merged = mergeAll(written.map((entry) => entry.update));
    this.broadcast(written, merged);
    return this.log.write(merged, () => Y.encodeStateAsUpdate(this.doc), now);
  }

  /** Part of {@link WriteSource}: the oldest batch is on disk, so acknowledge its writers. */
  committed(): void {
    this.writes.committed().forEach((ack, peer) => peer.send(ack));
  }

  /** Part of {@link WriteSource}: nothing was stored, so the doc no longer matches the store; start over. */
  failed(): void {
    this.abandon();
  }

  /** Closes every connection (e.g. on shutdown). */
  closeAll(code: number, reason: string): void {
    for (const peer of [...this.peers]) {
      peer.close(code, reason);
    }
  }

  /** Frees the letter's memory and has the registry forget it; what is waiting must have been flushed. */
  release(): void {
    if (this.released) {
      return;
    }
    this.released = true;
    this.cancelIdleTimer();
    this.context.release(this);
    this.presence.destroy();
    this.doc.destroy();
  }

  private receiveUpdate(peer: Peer, update: Uint8Array, writers: readonly number[]): void {
    if (peer.role === 'viewer') {
      // A viewer's client may still send its local changes; they are dropped, never stored or passed on.
      return;
    }
    if (!this.hasRoomFor(update.length)) {
      peer.close(CLOSE.letterTooLarge, 'The letter is larger than this server allows.');
      return;
    }
    const captured: Uint8Array[] = [];
    const waitingBefore = waitingParts(this.doc);
    this.captured = captured;
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch {
      peer.close(CLOSE.malformed, 'A change could not be applied to the letter.');
      this.rebuild();
      return;
    } finally {
      this.captured = null;
    }
    if (exceedsPendingLimit(this.context.limits, this.doc)) {
      peer.close(CLOSE.policy, 'Too many changes that depend on content the server does not have.');
      this.rebuild();
      return;
    }
    // Changes that wait for content the server has not seen are not in the doc's update event, yet a sync reply
    // passes them on; storing the update as it came keeps them durable too (replaying it twice changes nothing).
    const waitingChanged = waitingParts(this.doc).some(
      (part, index) => part !== null && part !== waitingBefore[index],
    );
    this.writes.add(peer, waitingChanged ? [...captured, update] : captured);
    this.acks.applied(peer, writers);
    this.context.batcher.schedule(this);
  }

  // Room for the update under the size limit, compacting first when the log may be what takes the space.
  private hasRoomFor(size: number): boolean {
    const { limits, batcher, db } = this.context;
    if (!exceedsDocLimit(limits, this.log.storedBytes + this.writes.bytes, size)) {
      return true;
    }
    batcher.flush();
    if (this.released) {
      return false;
    }
    this.log.compact(db, Y.encodeStateAsUpdate(this.doc), Date.now());
    return !exceedsDocLimit(limits, this.log.storedBytes, size);
  }

  // Replaces a doc that may hold part of a refused change with the stored state plus the accepted updates not yet
  // known to be stored (those a batch on its way does store are applied twice, which changes nothing); nothing of
  // the refused change has left the server, since only applied changes are passed on, and sync replies are
  // never computed while a change is half applied.
  private rebuild(): void {
    let stored;
    try {
      stored = loadStoredLetter(this.context.db, this.letterId);
    } catch (error) {
      this.context.log(
        `Could not reload a letter: ${error instanceof Error ? error.message : String(error)}`,
      );
      this.abandon();
      return;
    }
    const doc = stored.doc;
    Y.transact(doc, () => this.writes.unstored().forEach((update) => Y.applyUpdate(doc, update)));
    this.doc.destroy();
    this.doc = this.watch(doc);
  }

  // Gives up on what is in memory: nothing of it that is not on disk was acknowledged, so every client is closed,
  // keeps its changes (and those it received), and sends them again when it reconnects to a letter freshly loaded
  // from the store.
  private abandon(): void {
    this.writes.clear();
    this.closeAll(CLOSE.serverError, 'The server could not store changes. Reconnect to send them again.');
    this.release();
  }

  // One message for every connection that wrote nothing in the batch; a writer gets only the others' changes.
  private broadcast(written: readonly PendingUpdate[], merged: Uint8Array): void {
    const writers = new Set(written.map((entry) => entry.writer));
    const everyone = encodeUpdate(merged);
    for (const peer of this.peers) {
      if (!writers.has(peer)) {
        peer.send(everyone);
        continue;
      }
      const others = written.filter((entry) => entry.writer !== peer).map((entry) => entry.update);
      if (others.length > 0) {
        peer.send(encodeUpdate(mergeAll(others)));
      }
    }
  }

  private watch(doc: Y.Doc): Y.Doc {
    doc.on('update', (update: Uint8Array) => this.captured?.push(update));
    return doc;
  }

  private sendPresence(peer: Peer): void {
    const everyone = this.presence.everyone();
    if (everyone) {
      peer.send(everyone);
    }
  }

  private unloadIfIdle(): void {
    this.idleTimer = null;
    if (this.peers.size > 0 || this.released) {
      return;
    }
    this.context.batcher.flush();
    if (this.released) {
      return;
    }
    // Folding the log now makes the next load one snapshot; if it fails the log stays, which is just as correct.
    try {
      if (this.log.hasLog) {
        this.log.compact(this.context.db, Y.encodeStateAsUpdate(this.doc), Date.now());
      }
    } catch (error) {
      this.context.log(
        `Could not compact a letter: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    this.release();
  }

  private scheduleUnload(): void {
    if (this.released) {
      return;
    }
    this.cancelIdleTimer();
    this.idleTimer = setTimeout(() => this.unloadIfIdle(), this.context.idleUnloadMs);
    this.idleTimer.unref();
  }

  private cancelIdleTimer(): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
  }
}

// One update of several (merging costs nothing for the usual batch of one).
function mergeAll(updates: readonly Uint8Array[]): Uint8Array {
  const [first] = updates;
  return updates.length === 1 && first ? first : Y.mergeUpdates([...updates]);
}

// The doc's changes kept aside for missing content; Yjs replaces these arrays whenever they change.
function waitingParts(doc: Y.Doc): [Uint8Array | null, Uint8Array | null] {
  return [doc.store.pendingStructs?.update ?? null, doc.store.pendingDs];
}
