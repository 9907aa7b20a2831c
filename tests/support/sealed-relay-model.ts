import {
  decodeSealedClientMessage,
  encodeSealedServerMessage,
  type SealedServerMessage,
} from '../../src-common/collab/sealed-messages';
import { relayBatches } from '../../src-common/collab/sealed-relay-batch';
import { readEnvelopeHeader, verifyEnvelope, type EnvelopeHeader } from '../../src-common/crypto/envelope';

/** One client's end of the model relay: what it would receive on its socket. */
export interface ModelConnection {
  inbox: Uint8Array[];
}

interface StoredEnvelope {
  seq: number;
  envelope: Uint8Array;
}

interface PendingEnvelope extends StoredEnvelope {
  from: ModelConnection;
  counter: number;
}

/**
 * The sealed relay's rules in a few lines, in memory, for testing clients without sockets: it numbers signed update
 * envelopes and relays them to the other connections at once (marked with the newest number stored), stores them and
 * then acknowledges them and says how far it has stored (at once, or at {@link commit} while `holdCommits` is set;
 * {@link crash} loses what is not stored), answers "everything after N" (starting from the latest
 * snapshot when N is older; many envelopes to a message when the hello asks for batches), grants one snapshot lease at a time, and drops what a stored snapshot covers. Tests then
 * tamper with what it stores or sends to see that clients notice.
 */
export class SealedRelayModel {
  readonly log: StoredEnvelope[] = [];
  snapshot: StoredEnvelope | null = null;
  /** Set to hold envelopes between being relayed and being stored, until {@link commit}. */
  holdCommits = false;
  private latest = 0;
  private committed = 0;
  private pending: PendingEnvelope[] = [];
  private lease: { holder: ModelConnection; covers: number } | null = null;
  private readonly connections = new Set<ModelConnection>();

  constructor(
    private readonly letterId: string,
    private readonly verifyKey: Uint8Array,
  ) {}

  /** The stored update envelopes, oldest first. */
  get stored(): Uint8Array[] {
    return this.log.map((entry) => entry.envelope);
  }

  connect(): ModelConnection {
    const connection: ModelConnection = { inbox: [] };
    this.connections.add(connection);
    return connection;
  }

  disconnect(connection: ModelConnection): void {
    this.connections.delete(connection);
    connection.inbox.length = 0;
    if (this.lease?.holder === connection) {
      this.lease = null;
    }
  }

  /** A client's message arrives. */
  receive(from: ModelConnection, bytes: Uint8Array): void {
    const message = decodeSealedClientMessage(bytes, 1 << 24);
    if (message?.type === 'hello') {
      this.sendBacklog(from, message.after, message.batches === true);
      return;
    }
    if (message?.type === 'lease') {
      const granted = this.lease === null && message.covers === this.committed;
      this.lease = granted ? { holder: from, covers: message.covers } : this.lease;
      this.send(from, { type: 'lease', granted, covers: message.covers });
      return;
    }
    if (message?.type !== 'envelope') {
      return;
    }
    const header = readEnvelopeHeader(message.envelope);
    if (header?.kind === 'presence') {
      this.relayToOthers(from, 0, message.envelope);
      return;
    }
    if (!header || !verifyEnvelope(this.letterId, message.envelope, this.verifyKey)) {
      this.send(from, { type: 'refused', counter: header?.counter ?? 0, reason: 'This link can only read.' });
      return;
    }
    if (header.kind === 'snapshot') {
      this.storeSnapshot(from, header, message.envelope);
      return;
    }
    this.storeUpdate(from, header, message.envelope);
  }

  /** Stores what was relayed and not yet stored, acknowledges it, and tells everyone how far it has stored. */
  commit(): void {
    const batch = this.pending.splice(0);
    for (const { from, seq, counter, envelope } of batch) {
      this.log.push({ seq, envelope });
      this.committed = seq;
      if (this.connections.has(from)) {
        this.send(from, { type: 'stored', counter, seq });
      }
    }
    if (batch.length > 0) {
      this.connections.forEach((to) => this.send(to, { type: 'durable', through: this.committed }));
    }
  }

  /** The server stops before storing what waits, and starts again numbering from what it stored. */
  crash(): void {
    this.pending = [];
    this.latest = this.committed;
    this.lease = null;
  }

  private sendBacklog(to: ModelConnection, after: number, batches: boolean): void {
    const snapshot = this.snapshot;
    const durable = this.committed;
    const from = Math.max(after, snapshot?.seq ?? 0);
    const backlog = [
      ...(snapshot && after < snapshot.seq ? [snapshot] : []),
      ...[...this.log, ...this.pending].filter((stored) => stored.seq > from),
    ];
    if (batches) {
      relayBatches(backlog).forEach((relays) => this.send(to, { type: 'relays', durable, relays }));
    } else {
      backlog.forEach(({ seq, envelope }) => this.send(to, { type: 'relay', seq, durable, envelope }));
    }
    this.send(to, { type: 'caught-up', latest: this.latest });
  }

  private storeUpdate(from: ModelConnection, header: EnvelopeHeader, envelope: Uint8Array): void {
    this.latest += 1;
    const seq = this.latest;
    this.relayToOthers(from, seq, envelope);
    this.pending.push({ from, seq, counter: header.counter, envelope });
    if (!this.holdCommits) {
      this.commit();
    }
  }

  private relayToOthers(from: ModelConnection, seq: number, envelope: Uint8Array): void {
    for (const other of this.connections) {
      if (other !== from) {
        this.send(other, { type: 'relay', seq, durable: this.committed, envelope });
      }
    }
  }

  private storeSnapshot(from: ModelConnection, header: EnvelopeHeader, envelope: Uint8Array): void {
    if (this.lease?.holder !== from || this.lease.covers !== header.covers) {
      this.send(from, { type: 'refused', counter: header.counter, reason: 'No lease for this snapshot.' });
      return;
    }
    this.lease = null;
    this.snapshot = { seq: header.covers, envelope };
    this.log.splice(0, this.log.filter((entry) => entry.seq <= header.covers).length);
    this.send(from, { type: 'stored', counter: header.counter, seq: header.covers });
  }

  private send(to: ModelConnection, message: SealedServerMessage): void {
    to.inbox.push(encodeSealedServerMessage(message));
  }
}
