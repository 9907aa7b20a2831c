import type { Database } from 'better-sqlite3';
import {
  decodeSealedClientMessage,
  encodeSealedServerMessage,
  type SealedServerMessage,
} from '../src-common/collab/sealed-messages';
import { readEnvelopeHeader, type EnvelopeHeader } from '../src-common/crypto/envelope';
import type { Statement } from '../src-node/sqlite/statements';
import type { Limits } from './config';
import { DurableNotice } from './durable-notice';
import { IdleTimer } from './idle-timer';
import { exceedsDocLimit } from './limits';
import type { Peer } from './peer';
import { errorText } from '../src-common/error-text';
import { CLOSE } from './protocol';
import { REFUSAL, WriteCheck } from './sealed-write-check';
import { SealedWrites, type AcceptedEnvelope } from './sealed-writes';
import { CatchUps } from './sealed-catch-up';
import { SnapshotLease } from './snapshot-lease';
import { sealedStoredBytes, type SealedLetter } from './store/envelopes';
import type { SealingKeys } from './store/letters';
import type { WriteBatcher, WriteSource } from './write-batcher';

/** What a loaded sealed letter needs from the server around it. */
export interface SealedRoomContext {
  db: Database;
  batcher: WriteBatcher;
  limits: Limits;
  log: (line: string) => void;
  /** Called when the room has had no connection for a while, or failed, so the registry forgets it. */
  release: (room: SealedRoom) => void;
  idleUnloadMs: number;
  /** How long a granted snapshot lease lasts. */
  snapshotLeaseMs: number;
}

/**
 * One loaded sealed letter: the server keeps and forwards envelopes it cannot read (issue #20). It reads only their
 * 40-byte header, checks the signature against the letter's verify key, numbers each update envelope and relays it at
 * once to everyone else who said hello, marked with the newest sequence known on disk (`durable`); it stores it with
 * the next batch and only then acknowledges it to its writer ("Synced" means stored). Readers advance what they
 * remember only to durable points, so a number reused after a crash costs them nothing (see `DurablePoint` on the
 * client). Presence is relayed and never stored. It holds no Y.Doc and never opens an envelope.
 */
export class SealedRoom implements WriteSource {
  private readonly peers = new Set<Peer>();
  private readonly writes = new SealedWrites();
  private readonly lease: SnapshotLease;
  /** The letter's keys: what it stores, from whom. */
  private readonly check: WriteCheck;
  /** The newest sequence on disk (backlogs read the disk up to there), and the readers told of it. */
  private readonly durable: DurableNotice;
  /** The newest sequence handed out, on disk or on its way. */
  private assignedLatest: number;
  private storedBytes: number;
  private readonly idle: IdleTimer;
  private readonly catchUps: CatchUps;
  private released = false;

  constructor(
    readonly letterId: string,
    sealed: SealedLetter,
    private readonly context: SealedRoomContext,
  ) {
    this.check = new WriteCheck(letterId, sealed);
    this.durable = new DurableNotice(sealed.latestSeq, (through) =>
      this.relay(null, encodeSealedServerMessage({ type: 'durable', through })),
    );
    this.assignedLatest = sealed.latestSeq;
    this.storedBytes = sealedStoredBytes(context.db, letterId);
    this.lease = new SnapshotLease(context.snapshotLeaseMs);
    // Until its first connection attaches, a letter counts as idle, so one that never gets one is unloaded too.
    this.idle = new IdleTimer(context.idleUnloadMs, () => this.unloadIfIdle());
    this.idle.start();
    this.catchUps = this.startCatchUps();
  }

  /** How many connections the letter has. */
  get size(): number {
    return this.peers.size;
  }

  /** The connections, for closing them by role. */
  connections(): Peer[] {
    return [...this.peers];
  }

  attach(peer: Peer): void {
    this.idle.stop();
    this.peers.add(peer);
  }

  detach(peer: Peer): void {
    if (!this.peers.delete(peer)) {
      return;
    }
    this.catchUps.forget(peer);
    this.lease.release(peer);
    if (this.peers.size === 0 && !this.released) {
      this.idle.start();
    }
  }

  /** The owner reset the links: envelopes must now carry the new epoch and verify under the new key. */
  rekey(keys: SealingKeys): void {
    this.check.rekey(keys);
    this.lease.release();
  }

  /** Handles one message from a connection; bytes that are not a sealed message close it, as hostile input. */
  receive(peer: Peer, bytes: Uint8Array): void {
    const message = decodeSealedClientMessage(bytes, this.context.limits.maxMessageBytes);
    if (!message) {
      peer.close(CLOSE.malformed, 'The message could not be read.');
      return;
    }
    switch (message.type) {
      case 'hello':
        this.catchUps.start(peer, { after: message.after, batches: message.batches === true });
        return;
      case 'lease':
        this.handleLease(peer, message.covers);
        return;
      case 'envelope':
        this.handleEnvelope(peer, message.envelope);
        return;
    }
  }

  /** Part of {@link WriteSource}: the accepted envelopes, as the statements that store them. */
  takeBatch(now: number): Statement[] {
    return this.writes.post(this.letterId, now);
  }

  /** Part of {@link WriteSource}: the oldest batch is on disk, so acknowledge its writers (it was relayed already). */
  committed(): void {
    const batch = this.writes.committed();
    batch.forEach((item) => this.acknowledge(item));
    if (batch.some((item) => item.kind === 'snapshot')) {
      // A snapshot deleted what it covers (and, after a reset, what older keys sealed): count what is left.
      this.storedBytes = sealedStoredBytes(this.context.db, this.letterId) + this.writes.bytes;
    }
  }

  /** Part of {@link WriteSource}: nothing was stored; every client keeps its envelopes and sends them again. */
  failed(): void {
    this.writes.clear();
    this.closeAll(CLOSE.serverError, 'The server could not store changes. Reconnect to send them again.');
    this.release();
  }

  closeAll(code: number, reason: string): void {
    for (const peer of [...this.peers]) {
      peer.close(code, reason);
    }
  }

  release(): void {
    if (this.released) {
      return;
    }
    this.released = true;
    this.idle.stop();
    this.durable.stop();
    this.context.release(this);
  }

  // A hello's backlog goes in parts as its connection reads them (see `CatchUps`); relays of later envelopes
  // follow it in order, since only connections that have it all get them.
  private startCatchUps(): CatchUps {
    return new CatchUps({
      db: this.context.db,
      letterId: this.letterId,
      durable: () => this.durable.latest,
      latest: () => this.assignedLatest,
      pending: () => this.writes.pending(),
      failed: (peer, error) => {
        this.context.log(`Could not send a catch-up: ${errorText(error)}`);
        peer.close(CLOSE.serverError, 'The server could not send the letter. Reconnect to try again.');
      },
    });
  }

  private handleLease(peer: Peer, covers: number): void {
    const granted =
      peer.role !== 'viewer' && covers === this.durable.latest && this.lease.grant(peer, covers);
    send(peer, { type: 'lease', granted, covers });
  }

  private handleEnvelope(peer: Peer, envelope: Uint8Array): void {
    const header = readEnvelopeHeader(envelope);
    if (!header) {
      peer.close(CLOSE.malformed, 'An envelope that could not be read.');
      return;
    }
    if (header.kind === 'presence') {
      this.relayPresence(peer, header, envelope);
      return;
    }
    const refusal = this.check.refusal(peer.role, header, envelope);
    if (refusal) {
      send(peer, { type: 'refused', counter: header.counter, reason: refusal });
      return;
    }
    if (header.kind === 'snapshot') {
      this.acceptSnapshot(peer, header, envelope);
      return;
    }
    if (exceedsDocLimit(this.context.limits, this.storedBytes, envelope.length)) {
      peer.close(CLOSE.letterTooLarge, 'The letter is larger than this server allows.');
      return;
    }
    // A client writes a snapshot only of exactly what it holds: once its holder sends a change instead, the lease
    // will not be used (a snapshot already written arrived before this), so the next copy may have it at once.
    this.lease.release(peer);
    this.assignedLatest += 1;
    const seq = this.assignedLatest;
    // Relayed before it is stored: readers see the change one commit sooner, and `durable` tells them how far the
    // numbers are safe to remember.
    this.relay(
      peer,
      encodeSealedServerMessage({ type: 'relay', seq, durable: this.durable.latest, envelope }),
    );
    this.durable.relayed();
    this.accept(envelope.length, {
      kind: 'update',
      writer: peer,
      envelope: { seq, ...headerFields(header), bytes: envelope },
    });
  }

  // A snapshot replaces what it covers, so it may be stored even when the letter is at its size limit; alone it must
  // fit, or the letter could never shrink below the limit again.
  private acceptSnapshot(peer: Peer, header: EnvelopeHeader, envelope: Uint8Array): void {
    if (!this.lease.redeem(peer, header.covers)) {
      send(peer, { type: 'refused', counter: header.counter, reason: REFUSAL.noLease });
      return;
    }
    if (exceedsDocLimit(this.context.limits, 0, envelope.length)) {
      peer.close(CLOSE.letterTooLarge, 'The letter is larger than this server allows.');
      return;
    }
    this.accept(envelope.length, {
      kind: 'snapshot',
      writer: peer,
      counter: header.counter,
      covers: header.covers,
      snapshot: { ...headerFields(header), bytes: envelope },
    });
  }

  private accept(bytes: number, item: AcceptedEnvelope): void {
    this.storedBytes += bytes;
    this.writes.add(item);
    this.context.batcher.schedule(this);
  }

  // Presence is copied to every participant, so it has its own, tighter limits; viewers may send it (unsigned).
  private relayPresence(peer: Peer, header: EnvelopeHeader, envelope: Uint8Array): void {
    const { limits } = this.context;
    if (envelope.length > limits.maxPresenceBytes || !peer.allowPresence(envelope.length)) {
      peer.close(CLOSE.policy, 'Too many or too large presence messages: slow down.');
      return;
    }
    if (header.epoch !== this.check.epoch) {
      return;
    }
    this.relay(
      peer,
      encodeSealedServerMessage({ type: 'relay', seq: 0, durable: this.durable.latest, envelope }),
    );
  }

  private acknowledge(item: AcceptedEnvelope): void {
    if (item.kind === 'snapshot') {
      // A snapshot is for newcomers: the others already hold what it covers.
      send(item.writer, { type: 'stored', counter: item.counter, seq: item.covers });
      return;
    }
    const { seq, counter } = item.envelope;
    send(item.writer, { type: 'stored', counter, seq });
    this.durable.stored(seq);
  }

  private relay(from: Peer | null, message: Uint8Array): void {
    for (const peer of this.catchUps.listening) {
      if (peer !== from) {
        peer.send(message);
      }
    }
  }

  private unloadIfIdle(): void {
    if (this.peers.size > 0 || this.released) {
      return;
    }
    this.context.batcher.flush();
    this.release();
  }
}

function send(peer: Peer, message: SealedServerMessage): void {
  peer.send(encodeSealedServerMessage(message));
}

function headerFields(header: EnvelopeHeader): { writerId: Uint8Array; counter: number; epoch: number } {
  return { writerId: header.writerId, counter: header.counter, epoch: header.epoch };
}
