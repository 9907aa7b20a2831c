import {
  decodeSealedClientMessage,
  encodeSealedServerMessage,
  type SealedServerMessage,
} from '../../src-common/collab/sealed-messages';
import { readEnvelopeHeader, verifyEnvelope } from '../../src-common/crypto/envelope';

/** One client's end of the model relay: what it would receive on its socket. */
export interface ModelConnection {
  inbox: Uint8Array[];
}

/**
 * The sealed relay's rules in a few lines, in memory, for testing clients without sockets: it stores signed update
 * envelopes in order, relays them to the other connections, answers "everything after N" and says when it is done.
 * Tests then tamper with what it stores or sends to see that clients notice.
 */
export class SealedRelayModel {
  readonly stored: Uint8Array[] = [];
  private readonly connections = new Set<ModelConnection>();

  constructor(
    private readonly letterId: string,
    private readonly verifyKey: Uint8Array,
  ) {}

  connect(): ModelConnection {
    const connection: ModelConnection = { inbox: [] };
    this.connections.add(connection);
    return connection;
  }

  disconnect(connection: ModelConnection): void {
    this.connections.delete(connection);
    connection.inbox.length = 0;
  }

  /** A client's message arrives. */
  receive(from: ModelConnection, bytes: Uint8Array): void {
    const message = decodeSealedClientMessage(bytes, 1 << 20);
    if (message?.type === 'hello') {
      this.stored.forEach((envelope, index) => {
        if (index + 1 > message.after) {
          this.send(from, { type: 'relay', seq: index + 1, envelope });
        }
      });
      this.send(from, { type: 'caught-up', latest: this.stored.length });
      return;
    }
    if (message?.type !== 'envelope') {
      return;
    }
    const header = readEnvelopeHeader(message.envelope);
    if (
      !header ||
      header.kind !== 'update' ||
      !verifyEnvelope(this.letterId, message.envelope, this.verifyKey)
    ) {
      this.send(from, { type: 'refused', counter: header?.counter ?? 0, reason: 'This link can only read.' });
      return;
    }
    this.stored.push(message.envelope);
    const seq = this.stored.length;
    this.send(from, { type: 'stored', counter: header.counter, seq });
    for (const other of this.connections) {
      if (other !== from) {
        this.send(other, { type: 'relay', seq, envelope: message.envelope });
      }
    }
  }

  private send(to: ModelConnection, message: SealedServerMessage): void {
    to.inbox.push(encodeSealedServerMessage(message));
  }
}
