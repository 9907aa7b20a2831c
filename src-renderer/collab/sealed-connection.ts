import type * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { webCryptoSigner, type EnvelopeSigner } from '../../src-common/crypto/envelope-signer';
import type { LetterKeys } from '../../src-common/crypto/letter-keys';
import { webCryptoVerifier, type SignatureVerifier } from '../../src-common/crypto/signature-verifier';
import type { CompactionLimits } from '../../src-common/collab/sealed-compaction';
import { SealedDocSync } from '../../src-common/collab/sealed-doc-sync';
import { SealedPresence } from '../../src-common/collab/sealed-presence';
import {
  describeSealedProblem,
  type SealedSyncProblem,
  type SealedSyncState,
} from '../../src-common/collab/sealed-sync-state';
import { StateKeeper } from './state-keeper';

/** As much of a WebSocket as the connection uses: the browser's, or `ws` under Node. */
export interface SocketLike {
  binaryType: string;
  /** 1 while open (WebSocket.OPEN); anything else means a message sent now would be lost. */
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
}

/** What a sealed letter's connection shows: the status line reads it. */
export interface SealedStatus {
  open: boolean;
  /** True once an attempt to connect has ended, so "connecting" can turn into "offline". */
  attempted: boolean;
  synced: boolean;
  waiting: number;
  /** Why the server turned this connection away for good (a revoked link, a letter too large), if it did. */
  refusal: string | null;
  /**
   * Something the server sent that failed its checks, in plain words; kept until the next connection opens, because
   * until then the copy may lack changes.
   */
  problem: string | null;
}

export interface SealedConnectionOptions {
  url: string;
  /** The token, as WebSocket subprotocols, so it is never written into a URL that proxies log. */
  protocols: string[];
  createSocket(url: string, protocols: string[]): SocketLike;
  letterId: string;
  keys: LetterKeys;
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  state: SealedSyncState;
  /** The state to keep for the next start; called whenever it changes. */
  remember(state: SealedSyncState): void;
  /** Each problem as it happens; the status carries the latest in words either way. */
  onProblem?(problem: SealedSyncProblem): void;
  compaction?: CompactionLimits;
  /** As in `SealedDocSyncOptions`. */
  waitingFromEarlier?: number;
  /** As in `SealedDocSyncOptions`. */
  snapshotFirst?: boolean;
  /** Checks signatures; by default the runtime's WebCrypto Ed25519, which opens a long backlog many times faster. */
  verifier?: SignatureVerifier;
  /** Signs with `keys.signingSeed`; by default the runtime's WebCrypto Ed25519, off the typing path. */
  signer?: EnvelopeSigner;
}

/** Close codes after which trying again cannot help: the server said no (see `server/protocol.ts`). */
const FINAL_CLOSE = /^44\d\d$/u;
const FIRST_RETRY_MS = 250;
/** `WebSocket.OPEN`, the same in browsers and in `ws`. */
const SOCKET_OPEN = 1;
const LAST_RETRY_MS = 30_000;

/**
 * One shared letter's connection to the sealed relay: opens the socket, hands its bytes to the sync engine and to
 * presence, and opens it again after a pause that doubles up to 30 s when it drops, at once when `retryNow` is called
 * (the network is back). Status listeners hear every change of what the status line shows.
 */
export class SealedConnection {
  private socket: SocketLike | null = null;
  /** True from the socket's open to its close. */
  private isOpen = false;
  private rememberedKey = '';
  private readonly sync: SealedDocSync;
  private readonly presence: SealedPresence;
  private readonly listeners = new Set<() => void>();
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private refusal: string | null = null;
  private attempted = false;
  private problem: string | null = null;
  private snapshot: SealedStatus | null = null;
  private readonly keeper: StateKeeper;

  constructor(private readonly options: SealedConnectionOptions) {
    this.keeper = new StateKeeper((state) => options.remember(state));
    const send = (bytes: Uint8Array): void => this.socket?.send(bytes);
    // The signing key is imported once for the letter, shared by its changes and its presence.
    const seed = options.keys.signingSeed;
    const signer = options.signer ?? (seed ? webCryptoSigner(seed) : undefined);
    const signing = signer ? { signer } : {};
    this.presence = new SealedPresence({ ...options, ...signing, writerId: options.state.writerId, send });
    this.sync = new SealedDocSync({
      ...options,
      send,
      canSend: () => this.socket?.readyState === SOCKET_OPEN,
      onProblem: (problem) => this.handleProblem(problem),
      onPresence: (plaintext) => this.presence.receive(plaintext),
      onChange: () => this.changed(),
      verifier: options.verifier ?? webCryptoVerifier(),
      ...signing,
    });
  }

  /** The current status; the same object until something it shows changes, as React's store hooks need. */
  status(): SealedStatus {
    this.snapshot ??= this.readStatus();
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  /** The network is back: try now rather than at the end of the pause. */
  retryNow(): void {
    if (this.retryTimer === null || this.stopped) {
      return;
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.open();
  }

  /** Seals this tick's changes now rather than at its end: the window is going. */
  flush(): void {
    this.sync.flush();
    this.keeper.flush();
  }

  /** Closes for good: this tick's changes go out, presence says goodbye, and what to remember is handed over. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
    }
    this.sync.flush();
    this.presence.destroy();
    this.socket?.close(1000, 'closed');
    this.sync.destroy();
    this.keeper.stop();
    this.options.remember(this.sync.remembered());
  }

  private open(): void {
    this.retryTimer = null;
    const socket = this.options.createSocket(this.options.url, this.options.protocols);
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      this.isOpen = true;
      this.retryMs = FIRST_RETRY_MS;
      // A new connection starts with a clean slate: what it receives is checked afresh.
      this.problem = null;
      this.sync.connected();
      this.presence.connected();
      this.changed();
    };
    socket.onmessage = (event) => {
      if (event.data instanceof ArrayBuffer) {
        this.sync.receive(new Uint8Array(event.data));
      }
    };
    socket.onclose = (event) => this.handleClose(socket, event.code, event.reason);
    this.socket = socket;
  }

  private handleClose(socket: SocketLike, code: number, reason: string): void {
    if (this.socket !== socket) {
      return;
    }
    this.socket = null;
    this.attempted = true;
    if (this.isOpen) {
      this.isOpen = false;
      this.sync.disconnected();
      this.presence.disconnected();
    }
    if (FINAL_CLOSE.test(String(code))) {
      this.refusal = reason || 'The server turned this link away.';
      this.changed();
      return;
    }
    this.changed();
    if (!this.stopped) {
      this.retryTimer = setTimeout(() => this.open(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
    }
  }

  private handleProblem(problem: SealedSyncProblem): void {
    this.problem = describeSealedProblem(problem);
    this.options.onProblem?.(problem);
    this.changed();
  }

  /** Listeners hear only of a change they can show: most keystrokes and acknowledgements change nothing of it. */
  private changed(): void {
    this.rememberIfChanged();
    const next = this.readStatus();
    if (this.snapshot && sameStatus(this.snapshot, next)) {
      return;
    }
    this.snapshot = next;
    this.listeners.forEach((listener) => listener());
  }

  private readStatus(): SealedStatus {
    return {
      open: this.isOpen,
      attempted: this.attempted,
      synced: this.sync.synced,
      waiting: this.sync.waiting,
      refusal: this.refusal,
      problem: this.problem,
    };
  }

  /** Hands the state to the keeper only when it changed: most keystrokes change nothing of it. */
  private rememberIfChanged(): void {
    const state = this.sync.remembered();
    const key = [
      state.lastSeq,
      state.nextCounter,
      state.changedSinceConfirmed,
      state.confirmedStateVector.join(','),
    ].join('/');
    if (key !== this.rememberedKey) {
      this.rememberedKey = key;
      this.keeper.offer(state);
    }
  }
}

function sameStatus(a: SealedStatus, b: SealedStatus): boolean {
  return (
    a.open === b.open &&
    a.attempted === b.attempted &&
    a.synced === b.synced &&
    a.waiting === b.waiting &&
    a.refusal === b.refusal &&
    a.problem === b.problem
  );
}
