import type { InviteRole } from './invite-links';

/** Where a shared letter stands with its collaboration server, as the status line shows it. */
export type SyncStatus =
  | { kind: 'connecting'; waiting: number }
  | { kind: 'offline'; waiting: number }
  | { kind: 'syncing'; waiting: number }
  | { kind: 'synced' }
  | { kind: 'read-only'; connected: boolean }
  | { kind: 'refused'; reason: string; waiting: number }
  /** Something from the server was not applied (an end-to-end encrypted letter checks everything it receives). */
  | { kind: 'problem'; message: string; waiting: number };

/** Anything the status line can follow: the tracker of a y-websocket connection, or a sealed connection's. */
export interface SyncStatusSource {
  status(): SyncStatus;
  /** Calls `listener` after every change of status; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Counts the changes made on this computer that the server has not yet confirmed stored, from what the
 * connection sends and the server's acknowledgements (see `ack-message.ts`). Each change is tied to the number of
 * document messages that must be stored to cover it: the update sent at once while connected, or, for changes made
 * while offline, the sync reply sent after the next connection opens.
 */
export class SyncTracker implements SyncStatusSource {
  private open = false;
  private synced = false;
  /** False until the first attempt to connect ends: until then the status says "connecting". */
  private attempted = false;
  private refusal: string | null = null;
  private sent = 0;
  /** Changes not sent on the current connection: they ride in the next sync reply. */
  private unsent: number;
  /** For each change sent on this connection, the message count that covers it. */
  private inFlight: number[] = [];
  private readonly listeners = new Set<() => void>();
  /** The status as of the last change: the same object until something changes, as React's store hooks need. */
  private snapshot: SyncStatus | null = null;

  constructor(
    private readonly role: InviteRole,
    waitingFromEarlier = 0,
  ) {
    this.unsent = waitingFromEarlier;
  }

  /** Local changes not yet confirmed stored. */
  get waiting(): number {
    return this.unsent + this.inFlight.length;
  }

  /** The current status. */
  status(): SyncStatus {
    this.snapshot ??= this.computeStatus();
    return this.snapshot;
  }

  private computeStatus(): SyncStatus {
    if (this.role === 'viewer') {
      return { kind: 'read-only', connected: this.open && this.synced };
    }
    if (this.refusal !== null) {
      return { kind: 'refused', reason: this.refusal, waiting: this.waiting };
    }
    if (!this.open) {
      return this.attempted
        ? { kind: 'offline', waiting: this.waiting }
        : { kind: 'connecting', waiting: this.waiting };
    }
    if (!this.synced || this.waiting > 0) {
      return { kind: 'syncing', waiting: this.waiting };
    }
    return { kind: 'synced' };
  }

  /** Calls `listener` after every change of status or count; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A socket opened: nothing is sent on it yet. */
  opened(): void {
    this.open = true;
    this.synced = false;
    this.sent = 0;
    this.notify();
  }

  /** A socket closed, or failed to open; what it carried unconfirmed goes again in the next sync reply. */
  closed(): void {
    this.open = false;
    this.attempted = true;
    this.synced = false;
    this.unsent += this.inFlight.length;
    this.inFlight = [];
    this.notify();
  }

  /** The server closed the socket for good (a revoked or wrong link): it will not reconnect by itself. */
  refused(reason: string): void {
    this.refusal = reason;
    this.closed();
  }

  /** The connection holds everything the server had (its sync reply arrived). */
  receivedServerState(): void {
    this.synced = true;
    this.notify();
  }

  /** A message with document changes went out on the open socket. */
  sentChanges(isSyncReply: boolean): void {
    this.sent += 1;
    if (isSyncReply) {
      // The reply to the server's greeting holds everything the server lacks, so it covers every unsent change.
      for (let index = 0; index < this.unsent; index += 1) {
        this.inFlight.push(this.sent);
      }
      this.unsent = 0;
    }
  }

  /** A change was made on this computer; `sentNow` when the connection sent it at once. */
  localChange(sentNow: boolean): void {
    if (sentNow && this.open) {
      this.inFlight.push(this.sent);
    } else {
      this.unsent += 1;
    }
    this.notify();
  }

  /** The server stored the first `storedMessages` document messages of this connection. */
  acknowledged(storedMessages: number): void {
    this.inFlight = this.inFlight.filter((needed) => needed > storedMessages);
    this.notify();
  }

  private notify(): void {
    this.snapshot = null;
    this.listeners.forEach((listener) => listener());
  }
}

/** The status in the words of the status line. */
export function syncWords(status: SyncStatus): string {
  switch (status.kind) {
    case 'connecting':
      return status.waiting > 0
        ? `Connecting — ${changes(status.waiting)} waiting`
        : 'Connecting to the server…';
    case 'offline':
      return status.waiting > 0
        ? `Offline — ${changes(status.waiting)} waiting`
        : 'Offline — nothing waiting';
    case 'syncing':
      return status.waiting > 0 ? `Sending ${changes(status.waiting)}…` : 'Catching up with the server…';
    case 'synced':
      return 'Synced';
    case 'read-only':
      return status.connected ? 'Read-only — up to date' : 'Read-only — offline';
    case 'refused':
      return `Not syncing: ${status.reason}`;
    case 'problem':
      return status.message;
  }
}

function changes(count: number): string {
  return count === 1 ? '1 change' : `${count.toLocaleString()} changes`;
}
