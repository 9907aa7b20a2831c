import type { Duplex } from 'node:stream';
import { WebSocket, type RawData } from 'ws';
import type { Role } from './auth';
import type { Limits } from './config';
import { RateLimiter } from './limits';
import type { Peer } from './peer';
import { CLOSE } from './protocol';
import type { BufferedSender, SendBudget } from './send-budget';
import { errorText } from '../src-common/error-text';

/** How often a connection is pinged; one that has not answered the previous ping by then is dropped. */
const PING_INTERVAL_MS = 30_000;
/** How long a connection asked to prove it is alive (see {@link Connection.probe}) has to answer. */
const PROBE_TIMEOUT_MS = 5_000;

/** What every connection shares with the server around it. */
export interface ConnectionContext {
  limits: Limits;
  budget: SendBudget;
  log: (line: string) => void;
}

/** The letter a connection talks to (a sealed room). */
export interface ConnectionRoom {
  attach(peer: Peer): void;
  detach(peer: Peer): void;
  /** One binary message, within the connection's rate limit; the room decodes it and may close the connection. */
  receive(peer: Peer, bytes: Uint8Array): void;
}

/**
 * One client's socket on one letter: checks each message (binary, within the rate limits, decodable) before the
 * letter sees it, and closes only this socket, with a reason, when something is wrong.
 */
export class Connection implements Peer, BufferedSender {
  private readonly rate: RateLimiter;
  private readonly presenceRate: RateLimiter;
  private readonly pinger: NodeJS.Timeout;
  private readonly limits: Limits;
  private alive = true;
  private pongs = 0;
  private probing = false;
  private closed = false;
  private pending = 0;
  private overSince: number | null = null;

  constructor(
    private readonly ws: WebSocket,
    /** The socket under the WebSocket, held back while a burst of messages is sent. */
    private readonly transport: Pick<Duplex, 'cork' | 'uncork'>,
    readonly role: Role,
    private readonly room: ConnectionRoom,
    private readonly context: ConnectionContext,
  ) {
    this.limits = context.limits;
    this.rate = RateLimiter.forMessages(this.limits);
    this.presenceRate = RateLimiter.forPresence(this.limits);
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('close', () => this.detach());
    ws.on('pong', () => {
      this.alive = true;
      this.pongs += 1;
    });
    this.pinger = setInterval(() => this.ping(), PING_INTERVAL_MS);
    this.pinger.unref();
    room.attach(this);
  }

  /** Part of {@link BufferedSender}: bytes handed to the socket and not yet written out. */
  get queued(): number {
    return this.pending;
  }

  /** Sends a message; a socket that does not read what it is sent is closed rather than buffered forever. */
  send(message: Uint8Array, written?: () => void): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) {
      return;
    }
    if (this.staysOverBuffer()) {
      this.dropAsSlow();
      return;
    }
    if (!this.context.budget.reserve(this, message.length)) {
      return;
    }
    this.pending += message.length;
    this.ws.send(message, { binary: true }, (error) => {
      this.pending = Math.max(0, this.pending - message.length);
      this.context.budget.release(this, message.length);
      if (!error && !this.closed) {
        written?.();
      }
    });
  }

  /** Part of {@link Peer}. */
  sendTogether(run: () => void): void {
    this.transport.cork();
    try {
      run();
    } finally {
      this.transport.uncork();
    }
  }

  /**
   * Part of {@link BufferedSender}: drops this socket because it does not read what it is sent. It is cut off
   * rather than closed politely: a close message would wait behind everything queued, which stays in memory until
   * the client reads it; the client sees 1006 and reconnects.
   */
  dropAsSlow(): void {
    this.terminate();
  }

  /** Closes this socket with a code and a reason, and leaves the letter. */
  close(code: number, reason: string): void {
    if (this.closed) {
      return;
    }
    this.ws.close(code, reason);
    this.detach();
  }

  /** Pings now; a socket that does not answer within a few seconds is dropped. */
  probe(): void {
    if (this.probing || this.closed) {
      return;
    }
    this.probing = true;
    const pongs = this.pongs;
    this.ws.ping();
    setTimeout(() => {
      this.probing = false;
      if (this.pongs === pongs) {
        this.terminate();
      }
    }, PROBE_TIMEOUT_MS).unref();
  }

  // One large message (a whole letter for a joiner) may fill the buffer for a while; a socket is slow only when
  // its buffer stays over the cap for longer than the grace period.
  private staysOverBuffer(): boolean {
    if (this.pending <= this.limits.maxSendBufferBytes) {
      this.overSince = null;
      return false;
    }
    const now = performance.now();
    this.overSince ??= now;
    return now - this.overSince >= this.limits.slowReaderGraceMs;
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) {
      return;
    }
    // Nothing a client sends may throw out of here: the process must outlive any bytes.
    try {
      this.handle(data, isBinary);
    } catch (error) {
      this.context.log(`Closed a connection after an unexpected error: ${errorText(error)}`);
      this.close(CLOSE.serverError, 'The server could not handle a message.');
    }
  }

  private handle(data: RawData, isBinary: boolean): void {
    if (!isBinary) {
      this.close(CLOSE.malformed, 'Messages must be binary.');
      return;
    }
    const bytes = toBytes(data);
    // Presence has its own, tighter limits, which the room checks once it has read what a message is.
    if (!this.rate.allow(bytes.length)) {
      this.close(CLOSE.policy, 'Too many messages: slow down.');
      return;
    }
    this.room.receive(this, bytes);
  }

  /** Part of {@link Peer}. */
  allowPresence(bytes: number): boolean {
    return this.presenceRate.allow(bytes);
  }

  private ping(): void {
    if (!this.alive) {
      this.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  private terminate(): void {
    this.ws.terminate();
    this.detach();
  }

  private detach(): void {
    if (this.closed) {
      return;
    }
    this.closed = true;
    clearInterval(this.pinger);
    this.context.budget.forget(this);
    this.room.detach(this);
  }
}

// ws hands over a Buffer, or a list of them for a fragmented message; the copy owns its memory, so what the server
// keeps never points into a pooled buffer that other data shares.
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) {
    return new Uint8Array(Buffer.concat(data));
  }
  if (data instanceof ArrayBuffer) {
    return new Uint8Array(data.slice(0));
  }
  return new Uint8Array(data);
}
