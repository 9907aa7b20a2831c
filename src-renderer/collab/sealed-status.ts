import type { InviteRole } from '../../src-common/collab/invite-links';
import type { SealedStatus } from './sealed-connection';

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

/** Anything the status line can follow: a sealed connection's status, or one that never changes. */
export interface SyncStatusSource {
  status(): SyncStatus;
  /** Calls `listener` after every change of status; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A status that never changes: a letter that cannot connect says why, once. */
export function fixedStatus(status: SyncStatus): SyncStatusSource {
  return { status: () => status, subscribe: () => () => undefined };
}

/**
 * The status line's state for a sealed connection: "Synced" means that every change made here is stored on the
 * server. A problem with something the server sent (a change that fails its
 * checks) is shown until the next connection, because the copy may lack changes until then.
 */
export function sealedSyncStatus(role: InviteRole, status: SealedStatus, problem: string | null): SyncStatus {
  if (role === 'viewer') {
    return { kind: 'read-only', connected: status.open && status.synced };
  }
  if (status.refusal !== null) {
    return { kind: 'refused', reason: status.refusal, waiting: status.waiting };
  }
  if (!status.open) {
    return status.attempted
      ? { kind: 'offline', waiting: status.waiting }
      : { kind: 'connecting', waiting: status.waiting };
  }
  if (problem !== null) {
    return { kind: 'problem', message: problem, waiting: status.waiting };
  }
  if (!status.synced || status.waiting > 0) {
    return { kind: 'syncing', waiting: status.waiting };
  }
  return { kind: 'synced' };
}

/** Follows a sealed connection's status and problems for the status line. */
export class SealedStatusSource implements SyncStatusSource {
  private problem: string | null = null;
  private snapshot: SyncStatus | null = null;
  /** The status last read, kept while the status says the same, so that readers see no change. */
  private shown: SyncStatus | null = null;
  private wasOpen = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly role: InviteRole,
    private readonly read: () => SealedStatus,
  ) {}

  /**
   * The status, the same object for as long as it says the same: every envelope sent or received is a change of the
   * connection, and a new object each time would redraw everything that shows the status ("Synced" again).
   */
  status(): SyncStatus {
    if (this.snapshot === null) {
      const next = sealedSyncStatus(this.role, this.read(), this.problem);
      this.snapshot = this.shown && JSON.stringify(this.shown) === JSON.stringify(next) ? this.shown : next;
      this.shown = this.snapshot;
    }
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The connection's status changed. */
  changed(): void {
    const open = this.read().open;
    // A new connection starts with a clean slate: what it receives is checked afresh.
    if (open && !this.wasOpen) {
      this.problem = null;
    }
    this.wasOpen = open;
    this.notify();
  }

  /** Something the server sent failed its checks; `message` says so in plain words. */
  reportProblem(message: string): void {
    this.problem = message;
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
