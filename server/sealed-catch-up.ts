import type { Database } from 'better-sqlite3';
import { encodeSealedServerMessage } from '../src-common/collab/sealed-messages';
import { relayBatches, type BatchedRelay } from '../src-common/collab/sealed-relay-batch';
import type { Peer } from './peer';
import { readBacklogPart } from './sealed-backlog';
import type { StoredEnvelope } from './store/envelopes';

/** What a catch-up reads of its letter as it goes: each part sees the letter as it is then. */
export interface CatchUpSource {
  readonly db: Database;
  readonly letterId: string;
  /** The newest sequence on disk. */
  durable(): number;
  /** The newest sequence handed out, on disk or on its way. */
  latest(): number;
  /** The update envelopes numbered and not yet on disk, in the order they were numbered. */
  pending(): readonly StoredEnvelope[];
  /** A part could not be read or sent: the catch-up stops, and so should the connection. */
  failed(peer: Peer, error: unknown): void;
}

/** What a hello asked for: everything after `after`, as `relays` messages (`batches`) or one `relay` each. */
export interface CatchUpRequest {
  after: number;
  batches: boolean;
}

/**
 * A letter's catch-ups, and the connections that have theirs whole (only they get relays, which must follow the
 * backlog in sequence). A hello's backlog goes in parts of one `relays` message each (for a hello 20, as many
 * `relay`s), the next read from disk only once the previous one has left for the network: a catch-up of a long letter
 * holds one part in memory, not the whole letter twice over (as rows, then as messages queued on the socket), and a
 * client that stops reading stops its catch-up rather than filling the server's memory. The last part adds the
 * envelopes still on their way to disk and `caught-up`, in the same turn as the connection starts to get live relays,
 * so nothing falls between the two. A backlog of one part goes at once.
 */
export class CatchUps {
  /** Connections that have their whole backlog. */
  readonly listening = new Set<Peer>();
  /** Connections whose catch-up is under way: a second hello meanwhile would send their backlog twice, interleaved. */
  private readonly running = new Set<Peer>();

  constructor(private readonly source: CatchUpSource) {}

  /** A hello: sends everything after `request.after`, then `caught-up`; ignored while this connection's runs. */
  start(peer: Peer, request: CatchUpRequest): void {
    if (this.running.has(peer)) {
      return;
    }
    this.running.add(peer);
    const step = (after: number): void => {
      if (!this.running.has(peer)) {
        return;
      }
      try {
        sendPart(this.source, peer, request.batches, after, step, () => this.caughtUp(peer));
      } catch (error) {
        this.running.delete(peer);
        this.source.failed(peer, error);
      }
    };
    step(request.after);
  }

  /** The connection left: its catch-up stops. */
  forget(peer: Peer): void {
    this.running.delete(peer);
    this.listening.delete(peer);
  }

  private caughtUp(peer: Peer): void {
    this.running.delete(peer);
    this.listening.add(peer);
  }
}

/**
 * Reads and sends the part after `after`: calls `next` with where it ended once it is written out, or, for the last
 * part, `done` as it goes.
 */
function sendPart(
  source: CatchUpSource,
  peer: Peer,
  batches: boolean,
  after: number,
  next: (after: number) => void,
  done: () => void,
): void {
  const durable = source.durable();
  const part = readBacklogPart(source.db, source.letterId, after, durable);
  if (part.more) {
    peer.sendTogether(() => sendRelays(peer, durable, part.relays, batches, () => next(part.sent)));
    return;
  }
  const onTheirWay = source.pending().filter((envelope) => envelope.seq > part.sent);
  const tail = [...part.relays, ...onTheirWay.map(({ seq, bytes }) => ({ seq, envelope: bytes }))];
  peer.sendTogether(() => {
    sendRelays(peer, durable, tail, batches);
    peer.send(encodeSealedServerMessage({ type: 'caught-up', latest: source.latest() }));
  });
  done();
}

/** Sends relays as `relays` messages or one `relay` each; `written` runs once the last of them is written out. */
function sendRelays(
  peer: Peer,
  durable: number,
  relays: readonly BatchedRelay[],
  batches: boolean,
  written?: () => void,
): void {
  const messages = batches
    ? relayBatches(relays).map((batch) =>
        encodeSealedServerMessage({ type: 'relays', durable, relays: batch }),
      )
    : relays.map(({ seq, envelope }) => encodeSealedServerMessage({ type: 'relay', seq, durable, envelope }));
  messages.forEach((message, index) =>
    peer.send(message, index === messages.length - 1 ? written : undefined),
  );
}
