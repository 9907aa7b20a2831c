import type { Awareness } from 'y-protocols/awareness';
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

/** An open connection to the sealed relay, or one that sends nothing and says why. */
export interface OpenConnection {
  awareness: Awareness;
  sync: SyncStatusSource;
  release(): void;
}

/** A connection that cannot be made (no keys, keys that cannot be read, code that did not load): nothing is sent. */
export function refusedConnection(awareness: Awareness, problem: string): OpenConnection {
  const sync = fixedStatus({ kind: 'refused', reason: problem, waiting: 0 });
  return { awareness, sync, release: () => undefined };
}

/**
 * The status line's state for a sealed connection: "Synced" means that every change made here is stored on the
 * server. A problem with something the server sent (a change that fails its checks) is shown until the next
 * connection, because the copy may lack changes until then; to a viewer too, whose copy sends nothing.
 */
export function sealedSyncStatus(role: InviteRole, status: SealedStatus): SyncStatus {
  if (role === 'viewer') {
    return status.open && status.problem !== null
      ? { kind: 'problem', message: status.problem, waiting: 0 }
      : { kind: 'read-only', connected: status.open && status.synced };
  }
  if (status.refusal !== null) {
    return { kind: 'refused', reason: status.refusal, waiting: status.waiting };
  }
  if (!status.open) {
    return status.attempted
      ? { kind: 'offline', waiting: status.waiting }
      : { kind: 'connecting', waiting: status.waiting };
  }
  if (status.problem !== null) {
    return { kind: 'problem', message: status.problem, waiting: status.waiting };
  }
  if (!status.synced || status.waiting > 0) {
    return { kind: 'syncing', waiting: status.waiting };
  }
  return { kind: 'synced' };
}

/**
 * A sealed connection's status in the status line's terms: the same object for as long as the connection's own
 * snapshot stays the same, and its listeners are the connection's.
 */
export function sealedStatusSource(
  connection: { status(): SealedStatus; subscribe(listener: () => void): () => void },
  role: InviteRole,
): SyncStatusSource {
  let read: SealedStatus | null = null;
  let shown: SyncStatus = { kind: 'connecting', waiting: 0 };
  return {
    status() {
      const current = connection.status();
      if (current !== read) {
        read = current;
        shown = sealedSyncStatus(role, current);
      }
      return shown;
    },
    subscribe: (listener) => connection.subscribe(listener),
  };
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
